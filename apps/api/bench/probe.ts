import { TasksService } from '../src/tasks/tasks.service.js';
console.log(typeof TasksService);
