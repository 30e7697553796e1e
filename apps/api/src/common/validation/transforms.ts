/** class-transformer `@Transform` functions shared by the DTOs. */
type Input = { value: unknown };

/** Strings lose surrounding white space; anything else is left for the validators to refuse. */
export const trim = ({ value }: Input) => (typeof value === 'string' ? value.trim() : value);

/** A list of names: trimmed, inner white space collapsed, empty ones and repeats dropped. */
export const trimList = ({ value }: Input) =>
  Array.isArray(value)
    ? [
        ...new Set(
          value
            .map((v: unknown) => (typeof v === 'string' ? v.trim().replace(/\s+/g, ' ') : v))
            .filter((v) => v !== ''),
        ),
      ]
    : value;

/** A query flag: "true" and "false" become booleans; anything else is left for the validators. */
export const toBoolean = ({ value }: Input) => (value === 'true' ? true : value === 'false' ? false : value);

/** A repeatable query key given once as "a,b" becomes a list. */
export const toList = ({ value }: Input) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : value;
