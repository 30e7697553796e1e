import {
  Checkbox,
  type CheckboxProps,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
  Select,
  type SelectProps,
  Textarea,
  type TextareaProps,
  Textbox,
  type TextboxProps,
} from '@utrecht/component-library-react';
import type { ReactNode, Ref } from 'react';

/**
 * Labelled fields with an optional description and error message, both tied to the control by
 * aria-describedby, so screen readers read them with the field.
 */
interface FieldProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
}

const describedBy = (id: string, description: unknown, error: unknown) =>
  [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

function fieldParts({
  id,
  description,
  error,
  reserveError,
}: Omit<FieldProps, 'label'> & { reserveError?: boolean }) {
  const message = error ? (
    <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>
  ) : undefined;
  return {
    description: description ? (
      <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>
    ) : undefined,
    errorMessage: reserveError ? (
      <div className="kb-error-slot" data-testid={`${id}-error-slot`}>
        {message}
      </div>
    ) : (
      message
    ),
  };
}

export function TextField({
  id,
  label,
  description,
  error,
  inputRef,
  className,
  reserveError,
  ...input
}: FieldProps &
  Omit<TextboxProps, 'id'> & {
    inputRef?: Ref<HTMLInputElement>;
    /**
     * Keep room for one line of error under the field even without an error, so the error appearing or
     * disappearing does not move what follows (a click aimed at the next control lands where it was aimed).
     */
    reserveError?: boolean;
  }) {
  return (
    <FormField
      className={className}
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      {...fieldParts({ id, description, error, reserveError })}
      input={
        <Textbox
          {...input}
          id={id}
          ref={inputRef}
          invalid={Boolean(error)}
          aria-describedby={describedBy(id, description, error)}
        />
      }
    />
  );
}

export function TextareaField({
  id,
  label,
  description,
  error,
  inputRef,
  ...input
}: FieldProps & Omit<TextareaProps, 'id'> & { inputRef?: Ref<HTMLTextAreaElement> }) {
  return (
    <FormField
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      {...fieldParts({ id, description, error })}
      input={
        <Textarea
          {...input}
          id={id}
          ref={inputRef}
          invalid={Boolean(error)}
          aria-describedby={describedBy(id, description, error)}
        />
      }
    />
  );
}

export function SelectField({
  id,
  label,
  description,
  error,
  inputRef,
  children,
  ...input
}: FieldProps & Omit<SelectProps, 'id'> & { inputRef?: Ref<HTMLSelectElement>; children: ReactNode }) {
  return (
    <FormField
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      {...fieldParts({ id, description, error })}
      input={
        <Select
          {...input}
          id={id}
          ref={inputRef}
          invalid={Boolean(error)}
          aria-describedby={describedBy(id, description, error)}
        >
          {children}
        </Select>
      }
    />
  );
}

export function CheckboxField({
  id,
  label,
  description,
  ...input
}: Omit<FieldProps, 'error'> & Omit<CheckboxProps, 'id'>) {
  return (
    <FormField
      type="checkbox"
      label={
        <FormLabel htmlFor={id} type="checkbox">
          <Checkbox {...input} id={id} aria-describedby={describedBy(id, description, undefined)} />
          {label}
        </FormLabel>
      }
      {...fieldParts({ id, description })}
    />
  );
}

export interface Option<T extends string> {
  value: T;
  label: string;
  description?: string;
}

interface RadioGroupProps<T extends string> {
  id: string;
  name: string;
  legend: ReactNode;
  options: readonly Option<T>[];
  error?: string;
  description?: ReactNode;
  /** Controlled… */
  value?: T;
  onChange?: (value: T) => void;
  /** …or not. */
  defaultValue?: T;
  firstRef?: Ref<HTMLInputElement>;
}

/** Radio buttons in a fieldset; the legend names the question. */
export function RadioGroup<T extends string>({
  id,
  name,
  legend,
  options,
  error,
  description,
  value,
  onChange,
  defaultValue,
  firstRef,
}: RadioGroupProps<T>) {
  return (
    <Fieldset
      id={id}
      invalid={Boolean(error)}
      aria-describedby={describedBy(id, description, error)}
      className="kb-fieldset"
    >
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description && <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      {options.map((option, index) => {
        const optionId = `${id}-${option.value || 'all'}`;
        return (
          <FormField
            key={option.value}
            type="radio"
            label={
              <FormLabel htmlFor={optionId} type="radio">
                <RadioButton
                  id={optionId}
                  ref={index === 0 ? firstRef : undefined}
                  name={name}
                  value={option.value}
                  invalid={Boolean(error)}
                  aria-describedby={option.description ? `${optionId}-description` : undefined}
                  {...(onChange
                    ? { checked: value === option.value, onChange: () => onChange(option.value) }
                    : { defaultChecked: defaultValue === option.value })}
                />
                {option.label}
              </FormLabel>
            }
            description={
              option.description && (
                <FormFieldDescription id={`${optionId}-description`}>
                  {option.description}
                </FormFieldDescription>
              )
            }
          />
        );
      })}
    </Fieldset>
  );
}
