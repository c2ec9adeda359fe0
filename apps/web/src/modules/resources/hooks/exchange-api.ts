/** Server state of the teacher and vocational-experience exchange: the board, a unit's posts and agreements, the totals. */
import type {
  TAgreementCompletion,
  TAgreementEvaluation,
  TAgreementInput,
  TExchangeBoardQuery,
  TExchangePostInput,
} from '@chanjiao/contracts/resources/index';
import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../app/api';

const EXCHANGE = ['resources', 'exchange'] as const;

export function useExchangeBoard(bodyId: string | undefined, query: Partial<TExchangeBoardQuery>) {
  return useQuery({
    queryKey: [...EXCHANGE, 'board', bodyId, query],
    queryFn: bodyId
      ? () => unwrap(client.GET('/api/bodies/{id}/resources/exchange/posts', { params: { path: { id: bodyId }, query } }))
      : skipToken,
    placeholderData: keepPreviousData,
  });
}

export function useMyExchangePosts(bodyId: string | undefined, orgId: string | undefined) {
  return useQuery({
    queryKey: [...EXCHANGE, 'mine', bodyId, orgId],
    queryFn:
      bodyId && orgId
        ? () => unwrap(client.GET('/api/bodies/{id}/resources/exchange/orgs/{orgId}/posts', { params: { path: { id: bodyId, orgId } } }))
        : skipToken,
  });
}

export function useAgreements(bodyId: string | undefined, orgId: string | undefined) {
  return useQuery({
    queryKey: [...EXCHANGE, 'agreements', bodyId, orgId],
    queryFn:
      bodyId && orgId
        ? () =>
            unwrap(client.GET('/api/bodies/{id}/resources/exchange/orgs/{orgId}/agreements', { params: { path: { id: bodyId, orgId } } }))
        : skipToken,
  });
}

export function useAgreement(bodyId: string | undefined, orgId: string, agreementId: string) {
  return useQuery({
    queryKey: [...EXCHANGE, 'agreement', bodyId, orgId, agreementId],
    queryFn: bodyId
      ? () =>
          unwrap(
            client.GET('/api/bodies/{id}/resources/exchange/orgs/{orgId}/agreements/{agreementId}', {
              params: { path: { id: bodyId, orgId, agreementId } },
            }),
          )
      : skipToken,
  });
}

export function useExchangeTotals(bodyId: string | undefined, year: number) {
  return useQuery({
    queryKey: [...EXCHANGE, 'totals', bodyId, year],
    queryFn: bodyId
      ? () => unwrap(client.GET('/api/bodies/{id}/resources/exchange/totals', { params: { path: { id: bodyId }, query: { year } } }))
      : skipToken,
  });
}

/** Every change shows on the board, the matches, the agreements and the totals. */
function useExchangeMutation<T, R>(send: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: EXCHANGE }) });
}

export function useExchangeActions(bodyId: string, orgId: string) {
  const path = { id: bodyId, orgId };
  return {
    publish: useExchangeMutation((input: TExchangePostInput) =>
      unwrap(client.POST('/api/bodies/{id}/resources/exchange/orgs/{orgId}/posts', { params: { path }, body: input })),
    ),
    close: useExchangeMutation((postId: string) =>
      unwrap(
        client.POST('/api/bodies/{id}/resources/exchange/orgs/{orgId}/posts/{postId}/close', { params: { path: { ...path, postId } } }),
      ),
    ),
    agree: useExchangeMutation((input: TAgreementInput) =>
      unwrap(client.POST('/api/bodies/{id}/resources/exchange/orgs/{orgId}/agreements', { params: { path }, body: input })),
    ),
  };
}

export function useAgreementActions(bodyId: string, orgId: string, agreementId: string) {
  const path = { id: bodyId, orgId, agreementId };
  const url = '/api/bodies/{id}/resources/exchange/orgs/{orgId}/agreements/{agreementId}' as const;
  return {
    confirm: useExchangeMutation(() => unwrap(client.POST(`${url}/confirm`, { params: { path } }))),
    cancel: useExchangeMutation((reason: string) => unwrap(client.POST(`${url}/cancel`, { params: { path }, body: { reason } }))),
    complete: useExchangeMutation((input: TAgreementCompletion) =>
      unwrap(client.POST(`${url}/complete`, { params: { path }, body: input })),
    ),
    evaluate: useExchangeMutation((input: TAgreementEvaluation) =>
      unwrap(client.POST(`${url}/evaluate`, { params: { path }, body: input })),
    ),
  };
}
