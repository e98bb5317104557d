import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../api/problem';
import { useEnumLabel } from '../../i18n/enums';
import { problemDetail, problemTitle } from '../../lib/problemText';
import type { Ask } from './AskModal';
import { type Opportunity, type Stage, TransitionRefusedError, type TransitionInput, useTransition } from './api';

/** Why a move was not made: the server's problem, or the stages the deal may go to. */
export interface Notice {
  title: string;
  detail?: string;
  allowed?: Stage[];
}

/** Server-side field errors naming `reason`: the move went back a stage, which needs a reason. */
export function asksForReason(e: unknown): boolean {
  return e instanceof ProblemError && e.status === 400 && (e.problem.errors ?? []).some((f) => f.field === 'reason');
}

/**
 * Moving deals between stages: only to the stages the server allows; LOST and a move back first ask
 * for their reason; each move offers an undo; a refusal becomes a notice.
 */
export function useStageMoves() {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const transition = useTransition();
  const [ask, setAsk] = useState<Ask | null>(null);
  const [askError, setAskError] = useState<unknown>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const refused = (e: unknown) => {
    if (e instanceof TransitionRefusedError) {
      // the allowed stages are listed translated; the server's detail names stage codes
      setNotice({ title: problemTitle(t, e.problem), allowed: e.allowedTransitions });
    } else if (e instanceof ProblemError && e.status === 412) {
      setNotice({ title: t('pipeline.stale') });
    } else {
      setNotice(
        e instanceof ProblemError
          ? { title: problemTitle(t, e.problem), detail: problemDetail(e.problem, i18n.language) }
          : { title: t('problem.fallbackTitle') },
      );
    }
  };

  const undo = (moved: Opportunity, back: Stage) => {
    message.destroy('moved');
    transition.mutate(
      { deal: moved, body: { to: back, reason: t('repDay.kanban.undoReason') } },
      {
        onSuccess: (d) => void message.success(t('repDay.kanban.undone', { deal: d.name, stage: label('stage', d.stage) })),
        onError: refused,
      },
    );
  };

  const send = (deal: Opportunity, body: TransitionInput) => {
    setNotice(null);
    transition.mutate(
      { deal, body },
      {
        onSuccess: (moved) => {
          setAsk(null);
          const back = deal.stage;
          void message.open({
            key: 'moved',
            type: 'success',
            duration: 8,
            content: (
              <span data-testid="move-toast">
                {t('pipeline.moved', { deal: moved.name, stage: label('stage', moved.stage) })}{' '}
                {moved.allowedTransitions.includes(back) && (
                  <Button size="small" type="link" onClick={() => undo(moved, back)} data-testid="undo-move">
                    {t('repDay.kanban.undo')}
                  </Button>
                )}
              </span>
            ),
          });
        },
        onError: (e) => {
          if (!ask && !body.reason && asksForReason(e)) {
            // Going back a stage needs a reason: ask for it, then send again.
            setAskError(null);
            setAsk({ deal, to: body.to, kind: 'REASON' });
          } else if (ask && !(e instanceof TransitionRefusedError) && !(e instanceof ProblemError && e.status === 412)) {
            setAskError(e);
          } else {
            setAsk(null);
            refused(e);
          }
        },
      },
    );
  };

  const request = (deal: Opportunity, to: Stage) => {
    if (deal.stage === to) return;
    if (!deal.allowedTransitions.includes(to)) {
      setNotice({
        title: t('pipeline.refused.NOT_ALLOWED', { from: label('stage', deal.stage), to: label('stage', to) }),
        allowed: deal.allowedTransitions,
      });
      return;
    }
    if (to === 'LOST') {
      setAskError(null);
      setAsk({ deal, to, kind: 'LOST' });
      return;
    }
    send(deal, { to });
  };

  return {
    request,
    send,
    ask,
    askError,
    cancelAsk: () => setAsk(null),
    busy: transition.isPending,
    /** The stage a move is on its way to, while it is. */
    movingTo: transition.isPending ? transition.variables?.body.to : undefined,
    notice,
    dismissNotice: () => setNotice(null),
  };
}
