/** The store's reason a field's value was not saved, tied to the field by its id. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <span id={id} className="briefing-field-error" role="alert">
      {message}
    </span>
  );
}
