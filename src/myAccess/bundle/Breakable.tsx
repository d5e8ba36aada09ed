/** A name or ref that may break after `.`, `:` and `/`, and nowhere else. */
export function Breakable(props: { text: string }) {
  // No lookbehind: older Safari cannot parse one.
  const parts = props.text.match(/[^.:/]*[.:/]|[^.:/]+$/g) ?? [];
  return (
    <>
      {parts.map((part, i) => (
        <span key={i}>
          {i > 0 && <wbr />}
          {part}
        </span>
      ))}
    </>
  );
}
