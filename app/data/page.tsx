import type { Metadata } from 'next';
import Link from 'next/link';
import '@/app/styles/data.css';
import { allDataFiles } from './data-files';
import { formatSize } from './format-size';
import { withBase } from '../components/search/base-path';

export const metadata: Metadata = {
  title: '数据下载',
  description: '《中国电子商务报告2022》的表格、全部数字与目录，CSV 与 JSON 格式，由本版正文在构建时生成。',
};

export default function DataPage() {
  const files = allDataFiles();
  return (
    <div className="page-narrow">
      <h1 className="text-3xl font-bold">数据下载</h1>
      <p className="mt-3 leading-relaxed text-[var(--fg-muted)]">
        以下文件在构建本站时由正文生成，与各章所示内容一致。CSV 为 UTF-8 编码并带 BOM，可直接用 Excel 打开；
        原文丢失了所有小数点，凡是正文无法证明的读数都标为“推断”并附原文数字，不作为确定值给出（方法见<Link href="/about">关于本版</Link>
        ）。
      </p>
      <ul className="data-files" aria-label="数据文件">
        {files.map((f) => (
          <li key={f.path} className="data-file">
            <a href={withBase(f.path)} download className="data-file-link">
              <span className="data-file-name">{f.path.split('/').pop()}</span>
              <span className="data-file-title">{f.title}</span>
            </a>
            <span className="data-file-size" data-bytes={Buffer.byteLength(f.body, 'utf8')}>
              {formatSize(Buffer.byteLength(f.body, 'utf8'))}
            </span>
            <p className="data-file-description">{f.description}</p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="data-licence" className="mt-10 space-y-2 leading-relaxed">
        <h2 id="data-licence" className="text-xl font-semibold">
          版权与使用
        </h2>
        <p>
          《中国电子商务报告2022》由中华人民共和国商务部编写发布（2023年4月），报告内容的权利归商务部所有。
          这些文件由本版对报告原文文本的整理派生而来，并非商务部发布的数据集；引用时请注明原报告，并以原报告为准。
        </p>
      </section>
    </div>
  );
}
