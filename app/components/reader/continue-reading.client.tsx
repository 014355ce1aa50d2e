'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { lastPosition, type LastPosition } from './last-position';

/** "继续阅读 第7章 7.2.3": the place last read, from this browser's storage; nothing when there is none. */
export function ContinueReading() {
  const [position, setPosition] = useState<LastPosition | null>(null);
  // Storage is only readable after hydration: the server (and a first visit) render nothing here.
  useEffect(() => setPosition(lastPosition()), []);
  if (!position) return null;
  const href = `/chapters/${encodeURIComponent(position.slug)}${position.anchor ? `#${position.anchor}` : ''}`;
  return (
    <Link href={href} className="icon-button continue-reading" data-continue-reading>
      继续阅读 {position.part}
      {position.section ? ` ${position.section}` : ''}
    </Link>
  );
}
