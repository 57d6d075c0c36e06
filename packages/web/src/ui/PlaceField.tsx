import { TextField } from './TextField.tsx';

interface PlaceFieldProps {
  label: string;
  /** `origin` or `destination`. */
  name: string;
  hint: string;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
}

/** Where a person moved from or to, in free text (checked by `checkPlace`); it spans two grid columns. */
export function PlaceField(props: PlaceFieldProps) {
  return <TextField className="span-2" required maxLength={300} {...props} />;
}
