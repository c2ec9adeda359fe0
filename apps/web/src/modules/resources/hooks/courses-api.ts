/** Server state of course cross-selection and credit recognition. */
import type { TCourseInput, TCourseUpdate, TNominationInput, TRecognitionInput, TResultInput } from '@chanjiao/contracts/resources/index';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../app/api';

const COURSES = ['resources', 'courses'] as const;

export function useCourses(bodyId: string | undefined) {
  return useQuery({
    queryKey: [...COURSES, 'list', bodyId],
    queryFn: bodyId ? () => unwrap(client.GET('/api/bodies/{id}/resources/courses', { params: { path: { id: bodyId } } })) : skipToken,
  });
}

export function useCourse(bodyId: string | undefined, courseId: string) {
  return useQuery({
    queryKey: [...COURSES, 'detail', bodyId, courseId],
    queryFn: bodyId
      ? () => unwrap(client.GET('/api/bodies/{id}/resources/courses/{courseId}', { params: { path: { id: bodyId, courseId } } }))
      : skipToken,
  });
}

export function useHomeStudents(bodyId: string | undefined, orgId: string | undefined) {
  return useQuery({
    queryKey: [...COURSES, 'students', bodyId, orgId],
    queryFn:
      bodyId && orgId
        ? () => unwrap(client.GET('/api/bodies/{id}/resources/orgs/{orgId}/students', { params: { path: { id: bodyId, orgId } } }))
        : skipToken,
  });
}

export function useLearningRecord(bodyId: string | undefined, studentId: string | undefined) {
  return useQuery({
    queryKey: [...COURSES, 'record', bodyId, studentId],
    queryFn:
      bodyId && studentId
        ? () =>
            unwrap(client.GET('/api/bodies/{id}/resources/students/{studentId}/record', { params: { path: { id: bodyId, studentId } } }))
        : skipToken,
  });
}

/** Any change to a course or a decision changes the lists, the course and the records. */
function useCoursesMutation<T, R>(send: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: COURSES }) });
}

export function useOfferCourse(bodyId: string, orgId: string) {
  return useCoursesMutation((input: TCourseInput) =>
    unwrap(client.POST('/api/bodies/{id}/resources/orgs/{orgId}/courses', { params: { path: { id: bodyId, orgId } }, body: input })),
  );
}

export function useChangeCourse(bodyId: string, courseId: string) {
  return useCoursesMutation((input: TCourseUpdate) =>
    unwrap(client.PUT('/api/bodies/{id}/resources/courses/{courseId}', { params: { path: { id: bodyId, courseId } }, body: input })),
  );
}

export function useCourseActions(bodyId: string, courseId: string) {
  const path = { id: bodyId, courseId };
  const at = (nominationId: string) => ({ ...path, nominationId });
  return {
    nominate: useCoursesMutation((input: TNominationInput) =>
      unwrap(client.POST('/api/bodies/{id}/resources/courses/{courseId}/nominations', { params: { path }, body: input })),
    ),
    accept: useCoursesMutation((nominationId: string) =>
      unwrap(
        client.POST('/api/bodies/{id}/resources/courses/{courseId}/nominations/{nominationId}/accept', {
          params: { path: at(nominationId) },
        }),
      ),
    ),
    decline: useCoursesMutation(({ nominationId, reason }: { nominationId: string; reason: string }) =>
      unwrap(
        client.POST('/api/bodies/{id}/resources/courses/{courseId}/nominations/{nominationId}/decline', {
          params: { path: at(nominationId) },
          body: { reason },
        }),
      ),
    ),
    result: useCoursesMutation(({ nominationId, ...body }: TResultInput & { nominationId: string }) =>
      unwrap(
        client.PUT('/api/bodies/{id}/resources/courses/{courseId}/nominations/{nominationId}/result', {
          params: { path: at(nominationId) },
          body,
        }),
      ),
    ),
    close: useCoursesMutation(() => unwrap(client.POST('/api/bodies/{id}/resources/courses/{courseId}/close', { params: { path } }))),
  };
}

export function useDecideRecognition(bodyId: string) {
  return useCoursesMutation(({ nominationId, ...body }: TRecognitionInput & { nominationId: string }) =>
    unwrap(client.PUT('/api/bodies/{id}/resources/recognitions/{nominationId}', { params: { path: { id: bodyId, nominationId } }, body })),
  );
}
