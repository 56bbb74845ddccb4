/** How long a build runs before the progress line appears. */
const SHOW_AFTER_MS = 2000;

/**
 * On a terminal, a line on stderr that counts the seconds of a long build and is cleared when it
 * ends; nothing at all elsewhere (pipes, CI logs) or for short builds.
 */
export function startProgress(label: string, stream: NodeJS.WriteStream = process.stderr): () => void {
  if (!stream.isTTY) return () => {};
  const started = Date.now();
  let shown = false;
  const draw = () => {
    shown = true;
    stream.write(`\r${label}… ${((Date.now() - started) / 1000).toFixed(0)} s`);
  };
  let interval: NodeJS.Timeout | undefined;
  const timer = setTimeout(() => {
    draw();
    interval = setInterval(draw, 1000);
    interval.unref();
  }, SHOW_AFTER_MS);
  timer.unref();
  return () => {
    clearTimeout(timer);
    clearInterval(interval);
    if (shown) stream.write('\r\x1b[2K');
  };
}
