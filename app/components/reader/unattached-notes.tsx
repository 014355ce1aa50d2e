import type { OutlineNote } from '@/lib/content/outline';
import { UNATTACHED_NOTES_ANCHOR, UNATTACHED_NOTES_TITLE } from '@/lib/content/anchors';

/** Notes whose marker the source lost and whose place could not be settled (FORMAT.md): shown, not dropped. */
export function UnattachedNotes({ notes }: { notes: OutlineNote[] }) {
  if (notes.length === 0) return null;
  return (
    <section className="unattached-notes" aria-labelledby={UNATTACHED_NOTES_ANCHOR}>
      <h2 id={UNATTACHED_NOTES_ANCHOR}>{UNATTACHED_NOTES_TITLE}</h2>
      <p>以下注释的正文保存在原文中，但其在正文中的标记已经丢失，无法确定对应位置。</p>
      <ul className="list-disc pl-6">
        {notes.map((n, i) => (
          <li key={i}>{n.text}</li>
        ))}
      </ul>
    </section>
  );
}
