/**
 * Runs `update` now and then at most once per animation frame while the page scrolls or resizes; the
 * returned function removes the listeners. Shared by the scroll-spy and the reading-progress bar, which
 * both read layout on scroll and must not do it more often than the screen repaints.
 */
export function onScrollFrame(update: () => void): () => void {
  let frame = 0;
  const run = () => {
    frame = 0;
    update();
  };
  const onScroll = () => {
    if (!frame) frame = requestAnimationFrame(run);
  };
  update();
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('resize', onScroll);
  return () => {
    window.removeEventListener('scroll', onScroll);
    window.removeEventListener('resize', onScroll);
    if (frame) cancelAnimationFrame(frame);
  };
}
