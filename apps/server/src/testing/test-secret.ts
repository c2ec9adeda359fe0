/** The SECRET_KEY of test applications and of the audit keys every test worker starts with. */
export const TEST_SECRET_KEY = 'test-secret-key-0123456789abcdef0123456789';
