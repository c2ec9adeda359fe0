import { defineMessages } from '../../app/i18n';

export const ACCOUNT_MESSAGES = defineMessages({
  'login.title': ['登录', 'Sign in'],
  'login.subtitle': [
    '职业院校联盟、产教联合体、遴选与质量年度报告',
    'Vocational school alliances, consortia, selections and annual quality reports',
  ],
  'login.username': ['用户名', 'Username'],
  'login.password': ['密码', 'Password'],
  'login.submit': ['登录', 'Sign in'],
  'login.codeTitle': ['输入动态验证码', 'Enter your authenticator code'],
  'login.codeHint': [
    '请打开手机上的验证器应用，输入“{username}”当前显示的 6 位数字。',
    'Open the authenticator app on your phone and enter the 6 digits it shows now for “{username}”.',
  ],
  'login.codeRequired': ['请输入 6 位动态验证码', 'Enter the 6-digit code'],
  'login.verify': ['验证并登录', 'Verify and sign in'],
  'login.otherAccount': ['换一个账号', 'Use another account'],

  'account.title': ['账号设置', 'Account settings'],
  'account.tab.password': ['修改密码', 'Change password'],
  'account.tab.security': ['双因素认证', 'Two-factor authentication'],

  'password.forced': [
    '为了账号安全，请先修改初始密码，然后才能使用其他功能。',
    'For the safety of your account, change the initial password before using anything else.',
  ],
  'password.current': ['当前密码', 'Current password'],
  'password.new': ['新密码', 'New password'],
  'password.confirm': ['确认新密码', 'Confirm new password'],
  'password.rule': [
    '至少 10 位（管理员至少 12 位，以平台设置为准），须同时包含字母和数字，不能是常用密码或由用户名、姓名构成；修改后您在其他设备上的登录会失效。',
    'At least 10 characters (12 for administrators, unless the platform sets more), with letters and digits, not a common password and not built from your username or name; your sign-ins on other devices will end.',
  ],
  'password.sameAsCurrent': ['新密码不能与当前密码相同', 'The new password must differ from the current one'],
  'password.confirmRequired': ['请再次输入新密码', 'Enter the new password again'],
  'password.mismatch': ['两次输入的新密码不一致', 'The two new passwords differ'],
  'password.submit': ['修改密码', 'Change password'],
  'password.changed': ['密码已修改', 'Your password has been changed'],

  'totp.enabled.title': ['已启用双因素认证', 'Two-factor authentication is on'],
  'totp.enabled.text': [
    '登录时需要输入验证器中的动态验证码。更换手机或丢失验证器时，请联系安全管理员重置。',
    'Signing in asks for the code from your authenticator. If you change or lose your phone, ask the security administrator to reset it.',
  ],
  'totp.intro': [
    '双因素认证在密码之外再要求手机验证器上的动态验证码，即使密码泄露，他人也无法登录。管理员必须启用。',
    'Two-factor authentication asks for a code from your phone as well as the password, so a leaked password alone is not enough. Administrators must enable it.',
  ],
  'totp.step.app': ['安装验证器', 'Install an authenticator'],
  'totp.step.app.text': [
    '在手机上安装任一支持 TOTP 的验证器应用（如 Microsoft Authenticator、Google Authenticator、FreeOTP 等）。',
    'Install any TOTP authenticator app on your phone (Microsoft Authenticator, Google Authenticator, FreeOTP, …).',
  ],
  'totp.step.scan': ['扫描二维码', 'Scan the QR code'],
  'totp.step.confirm': ['输入验证码', 'Enter the code'],
  'totp.begin': ['生成二维码', 'Show the QR code'],
  'totp.scanHint': [
    '用验证器扫描二维码；无法扫描时，可手动输入下面的密钥。',
    'Scan the QR code with the authenticator; if you cannot scan, type in the key below.',
  ],
  'totp.qrAlt': ['双因素认证二维码', 'Two-factor QR code'],
  'totp.secret': ['密钥', 'Key'],
  'totp.code': ['验证器显示的 6 位数字', 'The 6 digits the authenticator shows'],
  'totp.codeRequired': ['请输入 6 位数字', 'Enter the 6 digits'],
  'totp.confirm': ['完成绑定', 'Finish set-up'],
  'totp.done': [
    '双因素认证已启用，下次登录时请输入动态验证码',
    'Two-factor authentication is on; you will be asked for a code when you next sign in',
  ],
});
