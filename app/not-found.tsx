import Link from 'next/link';

export default function NotFound() {
  return (
    <div>
      <h1 className="text-2xl font-bold">页面不存在</h1>
      <p className="mt-4"><Link href="/" className="underline">返回目录</Link></p>
    </div>
  );
}
