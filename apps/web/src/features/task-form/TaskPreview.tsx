import { Heading2, Heading3, Heading4, HTMLContent, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { parseDecimal } from '../../shared/numbers';
import type { NamedRef } from '../tasks/task-api';
import { TaskFacts } from '../tasks/TaskFacts';
import { MarkdownPreview } from './markdown-preview';
import type { TaskFormValues } from './task-form';

interface TaskPreviewProps {
  id: string;
  values: TaskFormValues;
  organisation: NamedRef;
  poster: NamedRef & { email: string };
  partnerships: readonly NamedRef[];
  /** Places already taken (editing a klus people are on). */
  placesTaken: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The klus as people will see it, from what the form holds now (unfinished parts say so). */
export function TaskPreview({
  id,
  values,
  organisation,
  poster,
  partnerships,
  placesTaken,
}: TaskPreviewProps) {
  const { t } = useTranslation();
  const hours = /^\d+([.,]\d)?$/.test(values.estimatedHours.trim())
    ? parseDecimal(values.estimatedHours)
    : null;
  const capacity = /^\d+$/.test(values.capacity.trim()) ? Number(values.capacity) : null;
  const bothDates = DATE.test(values.startDate) && DATE.test(values.endDate);
  return (
    <section id={id} className="kb-section kb-preview" aria-labelledby={`${id}-heading`}>
      <Heading2 id={`${id}-heading`}>{t('taskForm.previewHeading')}</Heading2>
      <div className="kb-preview__frame">
        <Heading3>{values.title.trim() || t('taskForm.previewNoTitle')}</Heading3>
        <Paragraph className="kb-task-meta">{organisation.name}</Paragraph>
        <TaskFacts
          task={{
            organisation,
            poster,
            contact: {
              name: values.contactName.trim() || poster.name,
              email: values.contactEmail.trim() || poster.email,
            },
            estimatedHours: hours,
            startDate: bothDates ? values.startDate : '',
            endDate: bothDates ? values.endDate : '',
            location: {
              type: values.locationType,
              municipality: values.locationType === 'remote' ? null : values.municipality.trim() || null,
              address: values.locationType === 'remote' ? null : values.address.trim() || null,
            },
            capacity,
            placesLeft: capacity === null ? null : Math.max(0, capacity - placesTaken),
            claimMode: values.claimMode,
            visibility: values.visibility,
            partnership: partnerships.find((p) => p.id === values.partnershipId) ?? null,
            requiredSkills: values.requiredSkills.map((skill) => skill.label),
            niceToHaveSkills: values.niceToHaveSkills.map((skill) => skill.label),
            learningSuitable: values.learningSuitable,
          }}
        />
        <Heading4>{t('detail.description')}</Heading4>
        <HTMLContent className="kb-rich-text">
          {values.description.trim() ? (
            <MarkdownPreview source={values.description} firstHeadingLevel={5} />
          ) : (
            <p>{t('taskForm.previewNoDescription')}</p>
          )}
        </HTMLContent>
      </div>
    </section>
  );
}
