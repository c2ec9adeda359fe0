/** Errors, field names and validation messages of the resources module (资源共享), in both languages. */
import { defineErrors } from '../errors.js';
import type { Bilingual } from '../i18n.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

export const RESOURCE_ERRORS = defineErrors({
  RESOURCES_NOT_MEMBER: {
    status: 409,
    message: {
      'zh-CN': '“{org}”不是“{body}”的现有成员单位，不参加其资源调研；请先由秘书处办理加入',
      'en-US':
        '“{org}” is not a current member of “{body}” and takes no part in its resource survey; ask the secretariat to admit it first',
    },
  },
  RESOURCES_NOT_IN_BODY: {
    status: 403,
    message: {
      'zh-CN': '资源数据库只对“{body}”的成员单位和秘书处开放',
      'en-US': 'The resource database is open to the members and the secretariat of “{body}” only',
    },
  },
  RESOURCES_ROUND_EXISTS: {
    status: 409,
    message: {
      'zh-CN': '{year} 年的资源调研已经发起，请在原调研中继续',
      'en-US': 'The {year} resource survey is already open; continue in that round',
    },
  },
  RESOURCES_DEADLINE_BEFORE_TODAY: {
    status: 400,
    message: {
      'zh-CN': '截止日期 {deadline} 早于今天（{today}），请选择今天或以后的日期',
      'en-US': 'The deadline {deadline} is before today ({today}); choose today or a later day',
    },
  },
  RESOURCES_DEADLINE_PASSED: {
    status: 409,
    message: {
      'zh-CN': '资源调研已于 {deadline} 截止，不能再{action}；如需更正，请联系秘书处退回修改',
      'en-US':
        'The resource survey closed on {deadline}, so it can no longer be {action}; ask the secretariat to reopen your answers for a correction',
    },
  },
  RESOURCES_STATUS: {
    status: 409,
    message: {
      'zh-CN': '填报当前为“{status}”，不能{action}',
      'en-US': 'The answers are “{status}”; they cannot be {action}',
    },
  },
  RESOURCES_INCOMPLETE: {
    status: 409,
    message: {
      'zh-CN': '以下部分尚未填写：{sections}。请填写，或勾选“本单位无”后再提交',
      'en-US': 'These sections are not answered yet: {sections}. Fill them in, or tick “nothing to report”, then submit',
    },
  },
  RESOURCES_UNKNOWN_MAJORS: {
    status: 400,
    message: {
      'zh-CN': '专业代码 {codes} 不在《职业教育专业目录（2021年）》中，请从目录中选择专业',
      'en-US': 'The major codes {codes} are not in the 2021 vocational majors catalogue; pick majors from the catalogue',
    },
  },
  RESOURCES_UNKNOWN_CLASSES: {
    status: 400,
    message: {
      'zh-CN': '专业类代码 {codes} 不在专业目录中，请从目录中选择专业类',
      'en-US': 'The major class codes {codes} are not in the majors catalogue; pick classes from the catalogue',
    },
  },
  EXCHANGE_DATES: {
    status: 400,
    message: {
      'zh-CN': '结束日期 {endsOn} 早于开始日期 {startsOn}，请检查日期',
      'en-US': 'The end date {endsOn} is before the start date {startsOn}; check the dates',
    },
  },
  EXCHANGE_DAYS_REQUIRED: {
    status: 400,
    message: { 'zh-CN': '师资派出或需求须填写天数', 'en-US': 'A teacher offer or request needs the number of days' },
  },
  EXCHANGE_CAPACITY_REQUIRED: {
    status: 400,
    message: { 'zh-CN': '职业体验活动须填写可接待人数', 'en-US': 'A vocational-experience activity needs its capacity' },
  },
  EXCHANGE_POST_CLOSED: {
    status: 409,
    message: { 'zh-CN': '“{title}”已关闭，不能再据此签订协议', 'en-US': '“{title}” is closed; no agreement can be made on it' },
  },
  EXCHANGE_NOT_PAIR: {
    status: 400,
    message: {
      'zh-CN': '师资互派协议须由一条师资派出和另一成员单位的一条师资需求组成，且其中一条属于本单位',
      'en-US': 'A teacher agreement pairs a teacher offer with another member’s teacher request, one of them your unit’s',
    },
  },
  EXCHANGE_TEACHER_REQUIRED: {
    status: 400,
    message: { 'zh-CN': '师资互派协议须填写派出教师姓名', 'en-US': 'A teacher agreement needs the teacher’s name' },
  },
  EXCHANGE_VISITOR_REQUIRED: {
    status: 400,
    message: {
      'zh-CN': '职业体验协议须由承办单位填写来访学校和计划人数',
      'en-US': 'An activity agreement is made by the host with the visiting school and the planned number of pupils',
    },
  },
  EXCHANGE_AGREEMENT_STATUS: {
    status: 409,
    message: { 'zh-CN': '协议当前为“{status}”，本单位不能{action}', 'en-US': 'The agreement is “{status}”; your unit cannot {action} it' },
  },
  RESOURCES_CONTENT_PROBLEMS: {
    status: 400,
    message: {
      'zh-CN': '填报内容有误：{problems}',
      'en-US': 'The answers have problems: {problems}',
    },
  },
  RESOURCES_COURSE_FULL: {
    status: 409,
    message: {
      'zh-CN': '课程“{course}”的 {seats} 个名额已满，不能再接收学生；如需增加名额，请先修改课程',
      'en-US': 'All {seats} seats of “{course}” are taken, so no further student can be accepted; raise the seats first',
    },
  },
  RESOURCES_COURSE_CLOSED: {
    status: 409,
    message: {
      'zh-CN': '课程“{course}”已结课，不能再{action}',
      'en-US': '“{course}” is closed; it can no longer be {action}',
    },
  },
  RESOURCES_NOMINATION_STATUS: {
    status: 409,
    message: {
      'zh-CN': '该学生的推荐当前为“{status}”，不能{action}',
      'en-US': 'The student’s nomination is “{status}”; it cannot be {action}',
    },
  },
  RESOURCES_OWN_COURSE: {
    status: 409,
    message: {
      'zh-CN': '课程“{course}”由本单位开设，不能推荐本单位学生跨校选修；请推荐其他成员单位的学生',
      'en-US': '“{course}” is your own unit’s course; only students of other members are nominated to it',
    },
  },
  RESOURCES_ALREADY_NOMINATED: {
    status: 409,
    message: {
      'zh-CN': '学号 {numbers} 的学生已推荐到本课程，请勿重复推荐',
      'en-US': 'Students {numbers} are already nominated to this course',
    },
  },
  RESOURCES_RESULT_SCHEME: {
    status: 400,
    message: {
      'zh-CN': '本课程按“{scheme}”评定成绩：{hint}',
      'en-US': 'This course is graded by “{scheme}”: {hint}',
    },
  },
  RESOURCES_COURSE_CHANGE: {
    status: 409,
    message: {
      'zh-CN': '课程“{course}”不能这样修改：{hint}',
      'en-US': '“{course}” cannot be changed so: {hint}',
    },
  },
  RESOURCES_RESULTS_MISSING: {
    status: 409,
    message: {
      'zh-CN': '还有 {count} 名已接收学生没有登记成绩（{names}），请登记后再结课',
      'en-US': '{count} accepted students have no result yet ({names}); record them before closing',
    },
  },
  RESOURCES_RECOGNITION_NOT_READY: {
    status: 409,
    message: {
      'zh-CN': '课程尚未结课或该学生没有成绩，暂不能作出学分认定',
      'en-US': 'The course is not closed or the student has no result yet, so no recognition can be decided',
    },
  },
  RESOURCES_RECOGNITION_INPUT: {
    status: 400,
    message: {
      'zh-CN': '学分认定信息不完整：{problem}',
      'en-US': 'The recognition is incomplete: {problem}',
    },
  },
  RESOURCES_RECOGNITION_FAILED_RESULT: {
    status: 409,
    message: {
      'zh-CN': '该学生课程成绩未通过，只能“不予认定”并写明原因',
      'en-US': 'The student did not pass the course; the credits can only be refused, with a reason',
    },
  },
  RESOURCES_SESSION_OUTSIDE_TERM: {
    status: 400,
    message: {
      'zh-CN': '上课日期 {date} 不在课程学期 {term}（{from} 至 {to}）内，请选择学期内的日期',
      'en-US': 'The session date {date} is outside the course’s term {term} ({from} to {to}); choose a day within the term',
    },
  },
  RESOURCES_SESSION_EXISTS: {
    status: 409,
    message: {
      'zh-CN': '{date} 已登记过一次课，请在该课次中修改考勤',
      'en-US': 'A session on {date} is already recorded; change its attendance there',
    },
  },
  RESOURCES_ATTENDANCE_NOT_ACCEPTED: {
    status: 409,
    message: {
      'zh-CN': '只能为本课程已接收的学生登记考勤，以下推荐不是：{ids}',
      'en-US': 'Attendance is recorded for the course’s accepted students only; these nominations are not: {ids}',
    },
  },
  RESOURCES_SYLLABUS_FILE_TYPE: {
    status: 400,
    message: {
      'zh-CN': '“{filename}”不是 PDF 或 Word（.docx）文件，请将教学大纲另存为 PDF 或 .docx 后上传',
      'en-US': '“{filename}” is not a PDF or Word (.docx) file; save the syllabus as PDF or .docx and upload it again',
    },
  },
  RESOURCES_CLASS_RULE_NOT_CLOSED: {
    status: 409,
    message: {
      'zh-CN': '课程“{course}”尚未结课，结课并登记成绩后才能按规则批量认定',
      'en-US': 'The course “{course}” is not closed yet; recognition by rule waits for it to close with its results',
    },
  },
  RESOURCES_CLASS_RULE_NO_STUDENTS: {
    status: 409,
    message: {
      'zh-CN': '“{home}”在课程“{course}”中没有已接收的学生，无需批量认定',
      'en-US': '“{home}” has no accepted students in the course “{course}”; there is nothing to decide',
    },
  },
});

export const RESOURCE_VALIDATION_MESSAGES = {
  TERM: l('学期格式应为“2026-2027-1”（学年-学期）', 'the term must look like 2026-2027-1 (school year and term)'),
  STUDENT_NUMBER: l('学号应为 4–20 位数字、字母或连字符', 'the student number must be 4–20 digits, letters or hyphens'),
  MAJOR_CLASS_CODE: l('应为专业目录中的 4 位专业类代码，如 4603', 'must be a 4-digit major class code of the catalogue, e.g. 4603'),
  CAPABILITY_ONE_TARGET: l('请只指定一项：专业、专业类或关键词', 'Give exactly one of: a major, a major class or words'),
  MAJOR_CATEGORY_CODE: l('应为专业目录中的 2 位专业大类代码，如 46', 'must be a 2-digit major category code of the catalogue, e.g. 46'),
} satisfies Record<string, Bilingual>;

export const RESOURCE_LABELS: Record<string, Bilingual> = {
  sections: l('调研内容', 'Sections'),
  majors: l('专业设置', 'Majors'),
  teachers: l('师资队伍', 'Teachers'),
  bases: l('实训基地', 'Training bases'),
  partners: l('合作企业', 'Enterprise partners'),
  courses: l('开放课程', 'Open courses'),
  noneToReport: l('本单位无', 'Nothing to report'),
  studentsPerGrade: l('各年级在校生', 'Students per grade'),
  offeredSince: l('开设年份', 'Offered since'),
  classCode: l('专业类', 'Major class'),
  categoryCode: l('专业大类', 'Major category'),
  fullTime: l('专任专业教师', 'Full-time teachers'),
  seniorTitle: l('高级职称', 'Senior titles'),
  postgraduate: l('硕士及以上', 'Master’s or higher'),
  dualQualified: l('双师型教师', 'Dual-qualified teachers'),
  partTime: l('兼职教师', 'Part-time teachers'),
  workstations: l('工位数', 'Workstations'),
  starLevel: l('星级', 'Star level'),
  openToMembers: l('向成员开放', 'Open to members'),
  bookingTerms: l('预约条件', 'Booking terms'),
  fields: l('合作领域', 'Fields'),
  agreementFrom: l('协议开始日期', 'Agreement from'),
  agreementTo: l('协议结束日期', 'Agreement to'),
  internsHosted: l('接收实习生人数', 'Interns hosted'),
  orderClass: l('订单班', 'Order class'),
  apprenticeship: l('学徒制', 'Apprenticeship'),
  credits: l('学分', 'Credits'),
  seats: l('名额', 'Seats'),
  kind: l('类型', 'Kind'),
  title: l('标题', 'Title'),
  days: l('天数', 'Days'),
  capacity: l('可接待人数', 'Capacity'),
  startsOn: l('开始日期', 'Start date'),
  endsOn: l('结束日期', 'End date'),
  description: l('说明', 'Description'),
  offerId: l('师资派出/活动', 'Offer or activity'),
  requestId: l('师资需求', 'Request'),
  visitorName: l('来访学校', 'Visiting school'),
  teacherName: l('教师姓名', 'Teacher'),
  teacherPhone: l('教师电话', 'Teacher phone'),
  place: l('地点', 'Place'),
  plannedHours: l('计划学时', 'Planned hours'),
  plannedParticipants: l('计划人数', 'Planned participants'),
  actualDays: l('实际天数', 'Actual days'),
  actualHours: l('实际学时', 'Actual hours'),
  actualParticipants: l('实际参加人数', 'Actual participants'),
  note: l('备注', 'Note'),
  score: l('成绩/评分', 'Score'),
  comment: l('评价', 'Comment'),
  hours: l('学时', 'Hours'),
  term: l('学期', 'Term'),
  mode: l('授课方式', 'Mode'),
  grading: l('成绩评定方式', 'Grading scheme'),
  prerequisites: l('先修要求', 'Prerequisites'),
  hostTeacher: l('授课教师', 'Host teacher'),
  students: l('推荐学生', 'Nominated students'),
  studentNumber: l('学号', 'Student number'),
  major: l('专业', 'Major'),
  homeOrgId: l('推荐学校', 'Home school'),
  passed: l('是否合格', 'Passed'),
  outcome: l('认定结果', 'Outcome'),
  ownCourseName: l('认定为本校课程', 'Course of the home plan'),
  ownCredits: l('认定学分', 'Credits recognised'),
  reason: l('原因', 'Reason'),
  sessionOn: l('上课日期', 'Session date'),
  topic: l('教学内容', 'Topic'),
  marks: l('考勤', 'Attendance'),
  mark: l('考勤情况', 'Attendance mark'),
  nominationId: l('学生', 'Student'),
  courseId: l('课程', 'Course'),
  refusalReason: l('未通过者不予认定的原因', 'Reason for refusing failed results'),
};
