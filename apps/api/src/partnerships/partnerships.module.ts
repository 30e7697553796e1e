import { Module } from '@nestjs/common';
import { PartnershipsController } from './partnerships.controller.js';
import { PartnershipsRepository } from './partnerships.repository.js';
import { PartnershipsService } from './partnerships.service.js';

@Module({ controllers: [PartnershipsController], providers: [PartnershipsService, PartnershipsRepository] })
export class PartnershipsModule {}
