import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLatestRequest } from './latest-request.ts';

/** A promise the test settles by hand, to make answers arrive in the order it chooses. */
function pending<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const settled = () => new Promise((r) => setImmediate(r));

test('an older answer arriving after a newer one is dropped; the newer one is applied', async () => {
  const requests = createLatestRequest();
  const shown: string[] = [];
  const older = pending<string>();
  const newer = pending<string>();
  void requests.latest(older.promise).then((v) => shown.push(v));
  void requests.latest(newer.promise).then((v) => shown.push(v));
  newer.resolve('JP-KR-CN');
  await settled();
  older.resolve('JP-KR');
  await settled();
  assert.deepEqual(shown, ['JP-KR-CN']);
});

test('answers in order: only the last is applied, the earlier one was already overtaken', async () => {
  const requests = createLatestRequest();
  const shown: string[] = [];
  const first = pending<string>();
  const second = pending<string>();
  void requests.latest(first.promise).then((v) => shown.push(v));
  void requests.latest(second.promise).then((v) => shown.push(v));
  first.resolve('first');
  second.resolve('second');
  await settled();
  assert.deepEqual(shown, ['second']);
});

test('drop() withdraws the question: neither its answer nor its error comes through', async () => {
  const requests = createLatestRequest();
  const seen: string[] = [];
  const answer = pending<string>();
  const failure = pending<string>();
  void requests.latest(answer.promise).then((v) => seen.push(v), () => seen.push('error'));
  requests.drop();
  answer.resolve('stale');
  await settled();
  void requests.latest(failure.promise).then((v) => seen.push(v), () => seen.push('error'));
  requests.drop();
  failure.reject(new Error('late'));
  await settled();
  assert.deepEqual(seen, []);
});

test('the newest request’s error is reported; an older one’s is not', async () => {
  const requests = createLatestRequest();
  const seen: string[] = [];
  const older = pending<string>();
  const newer = pending<string>();
  void requests.latest(older.promise).catch((e: Error) => seen.push(`older ${e.message}`));
  void requests.latest(newer.promise).catch((e: Error) => seen.push(`newer ${e.message}`));
  older.reject(new Error('gone'));
  newer.reject(new Error('refused'));
  await settled();
  assert.deepEqual(seen, ['newer refused']);
});
