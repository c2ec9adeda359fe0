/** Server state of a course's attendance, its syllabus versions and the home school's recognition by rule. */
import type { TClassRuleInput, TCourseAttendanceInput, TSessionInput, TSyllabusVersion } from '@chanjiao/contracts/resources/index';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, downloadFile, multipart, unwrap } from '../../../app/api';

const COURSES = ['resources', 'courses'] as const;

export function useAttendanceSheet(bodyId: string, courseId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...COURSES, 'attendance', bodyId, courseId],
    queryFn: enabled
      ? () => unwrap(client.GET('/api/bodies/{id}/resources/courses/{courseId}/attendance', { params: { path: { id: bodyId, courseId } } }))
      : skipToken,
  });
}

export function useSyllabus(bodyId: string, courseId: string) {
  return useQuery({
    queryKey: [...COURSES, 'syllabus', bodyId, courseId],
    queryFn: () =>
      unwrap(client.GET('/api/bodies/{id}/resources/courses/{courseId}/syllabus', { params: { path: { id: bodyId, courseId } } })),
  });
}

/** Sessions, marks and uploads change the course page too (rates, versions). */
function useCourseChange<T, R>(send: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: COURSES }) });
}

export function useAttendanceActions(bodyId: string, courseId: string) {
  const path = { id: bodyId, courseId };
  return {
    addSession: useCourseChange((body: TSessionInput) =>
      unwrap(client.POST('/api/bodies/{id}/resources/courses/{courseId}/sessions', { params: { path }, body })),
    ),
    mark: useCourseChange(({ sessionId, ...body }: TCourseAttendanceInput & { sessionId: string }) =>
      unwrap(
        client.PUT('/api/bodies/{id}/resources/courses/{courseId}/sessions/{sessionId}/attendance', {
          params: { path: { ...path, sessionId } },
          body,
        }),
      ),
    ),
  };
}

export function useUploadSyllabus(bodyId: string, courseId: string) {
  return useCourseChange((file: File) => {
    const form = new FormData();
    form.append('file', file);
    return unwrap(
      client.POST('/api/bodies/{id}/resources/courses/{courseId}/syllabus', {
        params: { path: { id: bodyId, courseId } },
        ...multipart(form),
      }),
    );
  });
}

export function downloadSyllabus(bodyId: string, courseId: string, version: TSyllabusVersion) {
  return downloadFile(`/api/bodies/${bodyId}/resources/courses/${courseId}/syllabus/${version.version}`, undefined, version.filename);
}

export function useClassRule(bodyId: string) {
  const path = { id: bodyId };
  return {
    preview: useMutation({
      mutationFn: (body: TClassRuleInput) =>
        unwrap(client.POST('/api/bodies/{id}/resources/recognitions/class-rule/preview', { params: { path }, body })),
    }),
    apply: useCourseChange((body: TClassRuleInput) =>
      unwrap(client.POST('/api/bodies/{id}/resources/recognitions/class-rule/apply', { params: { path }, body })),
    ),
  };
}
