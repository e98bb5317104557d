import type { FormInstance } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { ProblemError } from '../api/problem';

/** One field the user edited: their value and the one the record has now. */
export interface StaleChange {
  field: string;
  mine: unknown;
  current: unknown;
}

interface StaleEditOptions<T> {
  error: unknown;
  form: FormInstance<T>;
  fields: readonly string[];
  /** The form's values when editing began (the version the user read). */
  baseline: Partial<T> | undefined;
  /** Fetches the record again and returns its current values in the form's shape. */
  reload?: () => Promise<Partial<T> | undefined>;
}

const blank = (v: unknown) => v === undefined || v === null || v === '';
const same = (a: unknown, b: unknown) => (blank(a) && blank(b)) || JSON.stringify(a) === JSON.stringify(b);

/**
 * A save refused as stale (412) keeps the user's edit: the record is fetched again, the fields they
 * changed are set against the current values, and they either apply their changes on the latest
 * version (then save again, with its version) or discard theirs and see the latest.
 */
export function useStaleEdit<T extends object>({ error, form, fields, baseline, reload }: StaleEditOptions<T>) {
  const base = useRef<Partial<T> | undefined>(baseline);
  const [state, setState] = useState<{ error: unknown; latest: Partial<T>; changes: StaleChange[] } | null>(null);
  const [settled, setSettled] = useState<unknown>(null);
  const stale = error instanceof ProblemError && error.status === 412 && reload !== undefined;

  useEffect(() => {
    if (!stale || settled === error || state?.error === error || !reload) return;
    let cancelled = false;
    void reload().then((latest) => {
      if (cancelled || !latest) return;
      const mine = form.getFieldsValue(true) as Record<string, unknown>;
      const before = (base.current ?? {}) as Record<string, unknown>;
      const now = latest as Record<string, unknown>;
      const changes = fields.filter((f) => !same(mine[f], before[f])).map((f) => ({ field: f, mine: mine[f], current: now[f] }));
      setState({ error, latest, changes });
    });
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per refused save
  }, [error]);

  const finish = (values: Partial<T>) => {
    base.current = state?.latest;
    setSettled(error);
    setState(null);
    form.setFieldsValue(values as never);
  };

  return {
    /** Loaded and waiting for the user's choice. */
    pending: state !== null && state.error === error,
    /** A stale error that the flow handles (hide the generic alert). */
    handles: stale && settled !== error,
    changes: state?.changes ?? [],
    applyMine: () => {
      if (!state) return;
      const mine = form.getFieldsValue(true) as Record<string, unknown>;
      const edited = Object.fromEntries(state.changes.map((c) => [c.field, mine[c.field]]));
      finish({ ...state.latest, ...edited } as Partial<T>);
      form.submit();
    },
    discardMine: () => {
      if (state) finish(state.latest);
    },
  };
}
