/** "2,5" (Dutch) and "2.5" both mean two and a half; anything else is NaN. */
export const parseDecimal = (value: string) => Number(value.trim().replace(',', '.'));
