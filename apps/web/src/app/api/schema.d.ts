/**
 * Types of every API route, generated from the server's OpenAPI document by `npm run api:generate`.
 * Do not edit: change the route's zod schemas (packages/contracts) and run the command again.
 */

export interface paths {
    "/api/reference/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 行政区划 Regions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Region"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reference/majors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 职业教育专业目录 Majors catalogue (2021) */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    level?: "中职" | "高职专科" | "职业本科";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Major"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载文件（如导入错误报告） Download a file such as an import error report */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登录 Sign in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LoginBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出 Sign out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前用户 Current user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改密码 Change password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChangePasswordBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/begin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 开始绑定动态验证码 Start TOTP enrolment */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TotpBegin"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认绑定动态验证码 Confirm TOTP */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TotpConfirmBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/locale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 界面语言 Interface language */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LocaleBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 用户账号列表 List user accounts */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    status?: "all" | "active" | "disabled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserPage"];
                    };
                };
            };
        };
        put?: never;
        /** 新建用户账号 Create a user account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UserCreateBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 用户账号 One user account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用账号 Disable an account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UserDisableBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 启用账号 Enable an account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 分配角色 Give a role */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RoleAssignBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/roles/{assignmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 收回角色 Take a role back */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    assignmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 角色与权限 Roles and permissions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoleCatalog"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/roles/{role}/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 编辑角色权限 Set a role’s permissions */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    role: components["schemas"]["RoleNameInput"];
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RolePermissionsBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoleInfo"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/security/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 账号安全状态 Account security status */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    status?: "all" | "locked" | "no_totp" | "disabled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecurityAccountPage"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/security/accounts/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 解除登录锁定 Unlock an account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecurityAccount"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/security/accounts/{id}/reset-totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置双因素认证 Reset the second factor */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecurityAccount"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/security/accounts/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置密码 Reset a forgotten password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordResetBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecurityAccount"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 双人审批申请列表 Two-person requests */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "pending" | "decided" | "all";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminRequestPage"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin-requests/role-grant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请授予管理员角色 Request an administrator role */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RoleGrantRequestBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminRequest"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin-requests/role-revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请收回管理员角色 Request withdrawing an administrator role */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RoleRevokeRequestBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminRequest"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin-requests/account-disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请停用管理员账号 Request disabling an administrator */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AccountRequestBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminRequest"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin-requests/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请重置管理员密码 Request an administrator password reset */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordResetRequestBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminRequest"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin-requests/totp-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请重置管理员双因素 Request an administrator second-factor reset */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AccountRequestBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminRequest"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin-requests/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批准并执行 Approve and carry out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AdminDecisionBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminRequest"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin-requests/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 驳回 Reject */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AdminRejectBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminRequest"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin-requests/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回申请 Withdraw one’s request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminRequest"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计日志 Read the audit log */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    from?: string;
                    to?: string;
                    actor?: string;
                    action?: string;
                    entityType?: string;
                    entityId?: string;
                    outcome?: "success" | "denied" | "failure";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditPage"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出审计日志 Export the audit log */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                    actor?: string;
                    action?: string;
                    entityType?: string;
                    entityId?: string;
                    outcome?: "success" | "denied" | "failure";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 校验审计链 Verify the audit chain */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditVerification"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作台待办 Dashboard */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dashboard"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/import/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载组织导入模板 Download the organisation import template */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批量导入组织（multipart 字段 file） Import organisations from the template (multipart field `file`) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportResult"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportRowsInvalid"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出组织名录 Export the organisations matching the filters */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    type?: "secondary_vocational" | "higher_vocational" | "vocational_undergraduate" | "university" | "enterprise" | "industry_association" | "education_authority" | "government" | "park" | "research_institute" | "training_institution" | "other";
                    region?: string;
                    sort?: "name" | "-name" | "updatedAt" | "-updatedAt";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 组织列表 List organisations */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    type?: "secondary_vocational" | "higher_vocational" | "vocational_undergraduate" | "university" | "enterprise" | "industry_association" | "education_authority" | "government" | "park" | "research_institute" | "training_institution" | "other";
                    region?: string;
                    sort?: "name" | "-name" | "updatedAt" | "-updatedAt";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrgPage"];
                    };
                };
            };
        };
        put?: never;
        /** 新建组织 Create an organisation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OrgPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Org"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 组织详情 View an organisation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Org"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 编辑组织 Edit an organisation */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OrgUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Org"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/bodies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 联盟/联合体列表 List bodies */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    kind?: "alliance" | "consortium" | "community" | "district_alliance";
                    region?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BodyPage"];
                    };
                };
            };
        };
        put?: never;
        /** 新建联盟/联合体 Create a body */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BodyPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Body"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 联盟/联合体详情 View a body */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Body"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 编辑联盟/联合体 Edit a body */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BodyUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Body"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/bodies/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 成员单位 List member units */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "current" | "former" | "all";
                    q?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BodyMemberPage"];
                    };
                };
            };
        };
        put?: never;
        /** 加入成员单位 Add a member unit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BodyMemberPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BodyMember"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/member-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 现有成员单位（供选择） Current member units, id and name, for pickers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberUnit"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/members/{memberId}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 成员单位退出 Record that a member left */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    memberId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BodyMemberRemovalInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BodyMember"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 所属联盟/联合体 Bodies an organisation belongs or belonged to */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrgMembership"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/liaisons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 联络员 List liaisons */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LiaisonList"];
                    };
                };
            };
        };
        put?: never;
        /** 登记联络员 Name a liaison */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LiaisonPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Liaison"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/liaisons/{liaisonId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 编辑联络员 Edit a liaison */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    liaisonId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LiaisonUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Liaison"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/bodies/{id}/liaisons/{liaisonId}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销联络员 Remove a liaison */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    liaisonId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/liaisons/{liaisonId}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 查看联络员完整联系方式 Reveal a liaison’s contact details */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    liaisonId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LiaisonContact"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/chair-schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 轮值主席单位排班 Rotating chair schedule */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChairSchedule"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/chair-schedule/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 生成轮值主席排班 Plan the rotating chair for N years */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChairPlanPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChairSchedule"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/chair-schedule/overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录会议指定的轮值主席单位 Record a year fixed by the joint meeting */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChairOverridePayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChairSchedule"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/chair-schedule/overrides/{overrideId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销会议指定 Revoke a meeting decision on the chair */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    overrideId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChairSchedule"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/charter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 章程及其参数 The charter in force and its history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CharterView"];
                    };
                };
            };
        };
        put?: never;
        /** 首次登记章程 Register the charter a body adopted, when none is on record (the platform administrator, or the secretariat recording its founding meeting; later changes need an amendment vote) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CharterRegistrationInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CharterVersion"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 校长联席会议列表 Joint meetings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingSummary"][];
                    };
                };
            };
        };
        put?: never;
        /** 安排会议 Schedule a joint meeting */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MeetingPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingSummary"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 会议详情 Meeting with agenda, attendance and votes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/meetings/{meetingId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 增加议题 Add an agenda item */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AgendaItemPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/meetings/{meetingId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 登记出席 Record attendance */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AttendancePayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/meetings/{meetingId}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 起草会议纪要 Draft the minutes */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MinutesPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/meetings/{meetingId}/minutes/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审定会议纪要 Approve the minutes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VersionPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/meetings/{meetingId}/minutes/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布会议纪要 Publish the minutes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VersionPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/meetings/{meetingId}/convene": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发出会议通知 Send the meeting notice to the member units */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VersionPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/meetings/{meetingId}/conclude": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结束会议 Conclude the meeting */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VersionPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/meetings/{meetingId}/items/{itemId}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 开启表决 Open the vote */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    meetingId: string;
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/meetings/{meetingId}/items/{itemId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结束表决并计票 Close and count the vote */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    meetingId: string;
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/meetings/{meetingId}/items/{itemId}/ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 表决明细（表决结束后） Ballots of a closed vote */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    meetingId: string;
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ballot"][];
                    };
                };
            };
        };
        put?: never;
        /** 成员单位代表表决 Vote for one’s member unit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    meetingId: string;
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BallotPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ballot"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/meetings/{meetingId}/items/{itemId}/paper-ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 秘书处录入纸质表决票 Record a paper ballot */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    meetingId: string;
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BallotPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ballot"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resolutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 决议登记簿 Register of resolutions with their votes */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Resolution"][];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/membership-queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 秘书处待办：加入、退出、除名与证书 Membership cases of a body */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MembershipQueues"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}/governance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本单位的入会、退会申请与成员证书 An organisation’s applications, withdrawals and certificates */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrgGovernanceCases"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请加入 Apply to join (章程第十六、十九条) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["JoinApplicationPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JoinApplication"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/applications/{caseId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 秘书处初审 Preliminary review */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["JoinApplicationReviewInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/withdrawals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 书面申请退会 Apply in writing to withdraw (章程第二十条) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WithdrawalPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Withdrawal"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/withdrawals/{caseId}/receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 秘书处书面确认收到 Confirm written receipt */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReceiptPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/withdrawals/{caseId}/to-meeting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核后提交会议审议 Put to the meeting */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CaseToAgendaPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/withdrawals/{caseId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 交回证书、退会、公示 Complete the withdrawal */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WithdrawalCompletionInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/expulsions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提议除名 Propose an expulsion (章程第二十一条) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ExpulsionPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Expulsion"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/expulsions/{caseId}/to-meeting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交会议表决 Put an expulsion to the meeting */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CaseToAgendaPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/expulsions/{caseId}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回除名提议 Withdraw a proposal */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DismissPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/bodies/{id}/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 退会与除名公示 Public notices of withdrawals and expulsions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Notice"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 为发起单位颁发成员证书 Issue a founding unit its certificate */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FoundingCertificatePayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Certificate"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/certificates/founding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 为尚无证书的全部发起单位颁发成员证书 Issue every founding unit without one its certificate */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IssuedCertificates"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/certificates/{certificateId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载《联盟成员证书》 Download the membership certificate (PDF) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    certificateId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/bulletins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 简讯与简报 List bulletins */
        get: {
            parameters: {
                query?: {
                    status?: "draft" | "submitted" | "published";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BulletinList"];
                    };
                };
            };
        };
        put?: never;
        /** 撰写简讯 Draft a bulletin */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BulletinDraftPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Bulletin"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/bulletins/{bulletinId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 简讯详情 View a bulletin */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    bulletinId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Bulletin"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改简讯 Edit a bulletin */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    bulletinId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BulletinUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Bulletin"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/bodies/{id}/bulletins/{bulletinId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 报送秘书处 Submit to the secretariat */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    bulletinId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BulletinVersionInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Bulletin"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/bulletins/{bulletinId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 编号并发布 Number and publish */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    bulletinId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BulletinPublishPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Bulletin"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/bulletins/{bulletinId}/docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载简报 Word 文件 Download a bulletin as DOCX */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    bulletinId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/bulletin-quarters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 成员单位每季度简讯报送情况 Bulletins per member and quarter */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BulletinQuarterTable"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/bulletins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开简报列表 Published bulletins (public) */
        get: {
            parameters: {
                query?: {
                    bodyId?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicBulletinList"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/bulletins/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 阅读简报（计入点击量） Read a bulletin (counts a view) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicBulletin"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/bulletins/{id}/docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载公开简报 Word 文件 Download a published bulletin as DOCX */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/bulletins/{id}/share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 转发简报（计入转发量） Count a share */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BulletinCount"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/workplan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度工作计划 Work plan of a year */
        get: {
            parameters: {
                query: {
                    year: number;
                    view?: "all" | "attention" | "mine";
                    dueWithinDays?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkplanList"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/workplan/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 新增工作任务 Add a work-plan task */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WorkplanTaskPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/workplan/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改工作任务 Edit a work-plan task (a new plan version) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    taskId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WorkplanTaskEditInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/workplan/tasks/{taskId}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销工作任务 Retire a work-plan task with a reason (kept in the history) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    taskId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WorkplanTaskRetireInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/workplan/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作计划修订记录 Versions of a year’s work plan */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkplanHistory"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/workplan/tasks/{taskId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作进展 Progress reports of a task */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    taskId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkplanProgressList"];
                    };
                };
            };
        };
        put?: never;
        /** 填报工作进展 Report progress with evidence */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    taskId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WorkplanProgressPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkplanProgressList"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/workplan/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传佐证材料 Upload an evidence file (kept once a report cites it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkplanEvidence"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/workplan/evidence/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载佐证材料 Download an evidence file */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/offices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 秘书处与委员会 Secretariat and committees */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OfficesView"];
                    };
                };
            };
        };
        put?: never;
        /** 设立机构 Set up an organ */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OfficePayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OfficesView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/offices/{officeId}/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记任命 Record an appointment */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    officeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AppointmentPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OfficesView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/offices/{officeId}/appointments/{appointmentId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记离任 Record that a holder left */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    officeId: string;
                    appointmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AppointmentEndInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OfficesView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/offices/{officeId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 提交工作细则或工作报告 Save a committee’s working rules or report */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    officeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OfficeDocumentPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OfficesView"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/offices/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传机构文件附件 Upload an attachment */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OfficeUpload"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/offices/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载机构文件附件 Download an attachment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 联盟合作项目 Cooperation projects */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProjectList"];
                    };
                };
            };
        };
        put?: never;
        /** 提出合作项目提案 Propose a project (章程第十七条(四)) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProjectProposalInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/projects/{projectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 合作项目详情 A cooperation project */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Project"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/projects/{projectId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交校长联席会议审议 Put a proposal before the meeting */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProjectAgendaPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/projects/{projectId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 启动、结项或终止 Start, complete or terminate */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProjectStatusPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/projects/{projectId}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 增加参与单位 Add a participating unit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProjectParticipantPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/projects/{projectId}/participants/{orgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 移出参与单位 Remove a participating unit */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    projectId: string;
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/projects/{projectId}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 增加里程碑 Add a milestone */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MilestonePayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/projects/{projectId}/milestones/{milestoneId}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 里程碑完成 Record a milestone as done */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    projectId: string;
                    milestoneId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MilestoneDonePayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/finance/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 收支账目 Ledger of a year */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FinanceLedger"];
                    };
                };
            };
        };
        put?: never;
        /** 登记收入或支出 Record income or an expense */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FinanceEntryPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FinanceEntry"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/finance/entries/{entryId}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 冲销账目 Void an entry with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    entryId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VoidEntryPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FinanceEntry"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/finance/budgets/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度经费预算与执行 Budget and its execution */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Budget"];
                    };
                };
            };
        };
        /** 编制年度经费预算 Draft the budget */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BudgetPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Budget"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/finance/budgets/{year}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 报校长联席会议审议 Put the budget to the meeting (第二十四条) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProjectAgendaPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Budget"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/finance/reports/{year}/docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度财务报告 Annual financial report (DOCX, 第二十五条) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/finance/reports/{year}/xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度财务报告 Annual financial report (XLSX, 第二十五条) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 联盟活动 Activities */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ActivityList"];
                    };
                };
            };
        };
        put?: never;
        /** 发布联盟活动 Schedule an activity (附件3) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ActivityPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/activities/participation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 成员单位年度参与活动统计 Participation per member unit */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Participation"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}/activity-participation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 成员单位参与联盟活动情况 An organisation’s participation in its bodies’ activities */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrgParticipation"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/activities/{activityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 活动详情 An activity with participants and outcomes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    activityId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Activity"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/activities/{activityId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 归档或取消活动 Complete or cancel */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    activityId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ActivityStatusPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/activities/{activityId}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 报名 Register a unit’s participants */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    activityId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RegistrationPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/activities/{activityId}/participants/{participantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 撤销报名 Withdraw a participant */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    activityId: string;
                    participantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/activities/{activityId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 签到 Record attendance */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    activityId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ActivityAttendancePayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/activities/{activityId}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录活动成果 Record an award, certificate or note */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    activityId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OutcomePayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/activities/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传成果佐证材料 Upload evidence (kept once an outcome cites it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ActivityEvidence"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/activities/evidence/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载成果佐证材料 Download evidence */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/reminder-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 提醒时间设置 Reminder offsets */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReminderRulesList"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/reminder-rules/{source}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改提醒时间 Change reminder offsets */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    source: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReminderRulesPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReminderRules"];
                    };
                };
            };
        };
        post?: never;
        /** 提醒时间恢复默认 Restore the default reminder offsets */
        delete: {
            parameters: {
                query: {
                    version: number;
                };
                header?: never;
                path: {
                    id: string;
                    source: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReminderRules"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/indicator-systems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 指标体系列表 List indicator systems */
        get: {
            parameters: {
                query?: {
                    authorityOrgId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IndicatorSystemSummary"][];
                    };
                };
            };
        };
        put?: never;
        /** 新建指标体系（或新版本） Create an indicator system or a new version */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["IndicatorSystemCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IndicatorSystem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/indicator-systems/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 指标体系详情 View an indicator system */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IndicatorSystem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/indicator-systems/{id}/points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置观测点最高分和权重 Set maximum scores and weights */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["IndicatorPointsUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IndicatorSystem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/selection/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已发布的遴选：征集中、已截止、结果已公示 Issued calls */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "draft" | "open" | "closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicCallPage"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/selection/calls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 遴选通知 An issued call */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Call"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本单位发布的遴选 Calls of my authority */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "draft" | "open" | "closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CallPage"];
                    };
                };
            };
        };
        put?: never;
        /** 新建遴选 Create a call */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CallPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Call"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/calls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 遴选详情 View a call */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Call"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改遴选 Edit a call */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CallUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Call"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/selection/calls/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布遴选（冻结表单和指标体系） Open a call */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CallTransitionInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Call"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/calls/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结束征集 Close a call */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CallTransitionInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Call"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本单位的推荐书 Applications of my organisation */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "draft" | "submitted" | "returned";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApplicationPage"];
                    };
                };
            };
        };
        put?: never;
        /** 新建推荐书 Start an application */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ApplicationCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Application"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 推荐书 View an application */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Application"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/applications/{id}/sections/{section}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 保存推荐书的一部分（自动保存） Save one section (autosave) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    section: "cover" | "summary" | "overview" | "members" | "effectiveness" | "plan" | "features" | "commitment";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SectionSaveInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Application"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/selection/applications/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交推荐书 Submit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ApplicationVersionRefInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Application"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/applications/{id}/placement-suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按平台记录计算的第三部分数值（供采用） Section 3 figures computed from the consortium’s placement records */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlacementSuggestion"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/applications/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 推荐书的历次提交 Versions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApplicationVersionSummary"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/applications/{id}/versions/{versionNo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某次提交的推荐书 One version */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    versionNo: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApplicationVersion"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/applications/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 两个版本的差异 Differences between versions */
        get: {
            parameters: {
                query: {
                    from: components["schemas"]["VersionSelectorInput"];
                    to: components["schemas"]["VersionSelectorInput"];
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApplicationDiff"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/applications/{id}/material": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载支撑材料 Download the supporting material */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 上传支撑材料（PDF） Upload the supporting material */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupportingMaterial"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/applications/{id}/material/toc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 支撑材料目录 Table of contents */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TocUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupportingMaterial"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/applications/{id}/seals/{slot}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传公章图片 Upload a seal image */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    slot: "parkSignatory" | "enterpriseSignatory" | "schoolSignatory" | "authoritySignatory";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            slot: string;
                            contentType: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/applications/{id}/seal-images/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公章图片 A seal image */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/calls/{id}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 遴选的申报 Applications of a call */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "draft" | "submitted" | "returned";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApplicationPage"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/calls/{id}/applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看申报 View an application */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    applicationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Application"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/calls/{id}/applications/{applicationId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回修改 Return for correction */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    applicationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ApplicationReturnInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Application"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/calls/{id}/applications/{applicationId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申报的历次提交 Versions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    applicationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApplicationVersionSummary"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/calls/{id}/applications/{applicationId}/versions/{versionNo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某次提交 One version */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    applicationId: string;
                    versionNo: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApplicationVersion"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/calls/{id}/applications/{applicationId}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 版本差异 Differences between versions */
        get: {
            parameters: {
                query: {
                    from: components["schemas"]["VersionSelectorInput"];
                    to: components["schemas"]["VersionSelectorInput"];
                };
                header?: never;
                path: {
                    id: string;
                    applicationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApplicationDiff"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/calls/{id}/applications/{applicationId}/material": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载支撑材料 Download the supporting material */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    applicationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/applications/{id}/recommendation.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出推荐书（Word） Export the form as DOCX */
        get: {
            parameters: {
                query?: {
                    version?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/calls/{id}/applications/{applicationId}/recommendation.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出推荐书（Word） Export the form as DOCX */
        get: {
            parameters: {
                query?: {
                    version?: number;
                };
                header?: never;
                path: {
                    id: string;
                    applicationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/calls/{id}/summary.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申报汇总表（附件3） Summary table as XLSX */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评审专家 Experts with their affiliations and pools */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExpertList"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/experts/{id}/pool": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 加入专家库 Add an expert to an authority’s pool or the shared pool */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ExpertPoolPlaceInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Expert"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/experts/{id}/affiliations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 专家所在或关联单位 Set an expert’s affiliations */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AffiliationsUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Expert"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/calls/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评审工作台 Review board of a call */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReviewBoard"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/calls/{id}/review/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 评审规则 Review settings */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReviewSettingsUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReviewBoard"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/calls/{id}/review/panel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 评审专家组 Set the panel */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PanelUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReviewBoard"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/calls/{id}/review/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 人工分配评审 Assign by hand */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ManualAssignmentInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReviewBoard"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/calls/{id}/review/assignments/automatic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 自动分配评审 Assign automatically */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AutoAssignmentInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssignmentOutcome"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 取消分配 Unassign */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/calls/{id}/review/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记回避 Record a conflict */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ConflictPinInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReviewBoard"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/conflicts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 撤销登记的回避 Remove a recorded conflict */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/applications/{id}/site-visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 实地考察记录 Site visits */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SiteVisitList"];
                    };
                };
            };
        };
        put?: never;
        /** 记录实地考察 Record a site visit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SiteVisitPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SiteVisitList"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/my/expert-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本人专家信息 My expert profile */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Expert"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/my/affiliations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 申报本人所在或关联单位 Declare my affiliations */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AffiliationsUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Expert"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/my/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的评审任务 My reviews */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReviewList"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/my/reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评分表 My score sheet */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Review"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/my/reviews/{id}/recommendation.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评审中的推荐书（Word） The application under review as DOCX */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/my/reviews/{id}/material": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评审中的推荐书的支撑材料 Supporting material of the application under review */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/my/reviews/{id}/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 保存评分 Save scores */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ScoreSaveInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Review"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/my/reviews/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交评分 Submit scores */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReviewSubmitInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Review"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/my/reviews/{id}/conflict": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申明回避 Declare a conflict */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ConflictDeclareInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Review"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/calls/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评审结果与排名 Results and ranking */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Results"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/calls/{id}/results/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 培育名单与推荐 Shortlist and recommendations */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ResultDecisionsInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Results"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/calls/{id}/results/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布遴选结果 Publish the results */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ResultPublishInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Results"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/selection/calls/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 遴选结果公示 The published results (公示) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicResults"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/calls/{id}/results/ranking.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评审排名（Excel） Ranking as XLSX */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/calls/{id}/results/published.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 遴选结果名单（PDF） Published list as PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/calls/{id}/review/applications/{applicationId}/score-sheet.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 专家评分表（Excel） Score sheet as XLSX */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    applicationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/applications/{id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本单位的遴选结果 Our published result */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApplicantResult"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/calls/{id}/reminder-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 提醒时间设置 Reminder offsets */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReminderRulesList"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/calls/{id}/reminder-rules/{source}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改提醒时间 Change reminder offsets */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    source: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReminderRulesPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReminderRules"];
                    };
                };
            };
        };
        post?: never;
        /** 提醒时间恢复默认 Restore the default reminder offsets */
        delete: {
            parameters: {
                query: {
                    version: number;
                };
                header?: never;
                path: {
                    id: string;
                    source: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReminderRules"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本人可填报的单位 Units the user enters demand or supply for */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TalentAccess"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/demands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 企业人才需求清单 Talent demand of the body’s enterprises */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DemandList"];
                    };
                };
            };
        };
        put?: never;
        /** 填报人才需求 Enter a demand (连教职函〔2026〕6号 附件1 指标3.3) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DemandPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/demands/{demandId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 调整人才需求 Adjust a demand */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    demandId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DemandUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        post?: never;
        /** 撤回人才需求 Withdraw a demand */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    demandId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/demands/{demandId}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 需求与学校的匹配及理由 Schools matching a demand, each with its reasons */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    demandId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MatchList"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/supplies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 学校人才供给 Talent supply of the body’s schools */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplyList"];
                    };
                };
            };
        };
        put?: never;
        /** 填报专业人才供给 Enter a major’s supply */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SupplyPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/supplies/{supplyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 调整人才供给 Adjust a supply row */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    supplyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SupplyUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        post?: never;
        /** 撤回人才供给 Withdraw a supply row */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    supplyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/gaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 供需缺口表 Gap table by major, class, category or city */
        get: {
            parameters: {
                query?: {
                    groupBy?: "major" | "class" | "category" | "industry" | "city";
                    startYear?: number;
                    cityCode?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GapTable"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/shortage-catalogues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 紧缺人才目录 Shortage catalogues (drafts for the secretariat only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShortageCatalogueList"];
                    };
                };
            };
        };
        put?: never;
        /** 按规则生成目录草稿 Build a draft by the rule */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ShortageDraftPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/shortage-catalogues/{catalogueId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 紧缺人才目录及依据 A shortage catalogue with its evidence */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    catalogueId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShortageCatalogue"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/shortage-catalogues/{catalogueId}/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改阈值并重新生成 Change the thresholds and run the rule again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    catalogueId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ShortageRebuildPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/shortage-catalogues/{catalogueId}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 补充专业（写明理由） Add a major by hand, with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    catalogueId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ShortageEntryPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/shortage-catalogues/{catalogueId}/entries/{entryId}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 移出专业（写明理由） Take a major out, with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    catalogueId: string;
                    entryId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ShortageEntryRemovalInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/shortage-catalogues/{catalogueId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布或撤回目录 Publish or withdraw */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    catalogueId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ShortageStatusPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 专业动态调整建议 Suggestions to open, enlarge, keep or shrink a school’s majors, with evidence */
        get: {
            parameters: {
                query: {
                    schoolId: string;
                    startYear?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdjustmentReport"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/adjustment-thresholds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改专业调整建议阈值 Change the thresholds of the adjustment suggestions */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AdjustmentThresholdsPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 参与企业清单 The enterprise list (连教职函〔2026〕6号 附件1 指标3.1) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EnterpriseList"];
                    };
                };
            };
        };
        put?: never;
        /** 企业申请加入清单 An enterprise applies to the list */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EnterpriseApplicationInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/enterprises/{entryId}/exit-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 企业申请退出 An enterprise asks to leave the list */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    entryId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EnterpriseExitRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/enterprises/{entryId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 秘书处准入、不予准入、同意退出或决定移出 The secretariat admits, refuses, approves an exit or removes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    entryId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EnterpriseDecisionPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 企业岗位清单 The job list (连教职函〔2026〕6号 附件1 指标3.2) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TalentJobList"];
                    };
                };
            };
        };
        put?: never;
        /** 新增岗位 List a position */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TalentJobPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 调整岗位（保留每次调整） Adjust a position, keeping every change */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    jobId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TalentJobUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/jobs/{jobId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布或撤回岗位 Publish or withdraw a position */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    jobId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ListStatusPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 应用技术创新需求、政策支持、培训资源、技术服务清单 The lists of innovation demands, policies, training and services */
        get: {
            parameters: {
                query?: {
                    kind?: "innovation" | "policy" | "training" | "service";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ListItemList"];
                    };
                };
            };
        };
        put?: never;
        /** 秘书处新建清单条目（草稿） The secretariat enters a list entry (draft) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ListItemPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/innovation-demands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 企业提交应用技术创新需求（草稿） An enterprise submits a technology-innovation demand (draft, 指标3.4) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ListItemPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改清单条目草稿 Edit a draft entry */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ListItemUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/items/{itemId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布或撤回清单条目 Publish or withdraw an entry */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ListStatusPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/items/{itemId}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看完整联系方式（记入审计） Reveal an entry’s contact (audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ListItemContact"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/innovation-issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 应用技术创新需求清单各期 Issues of the innovation demands */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InnovationIssueList"];
                    };
                };
            };
        };
        put?: never;
        /** 发布新一期应用技术创新需求清单 Publish the next issue (第N期) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InnovationIssuePayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/students": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 学生信息清单（仅统计数） Student information (counts only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StudentAggregateList"];
                    };
                };
            };
        };
        put?: never;
        /** 学校填报学生统计数 A school enters its student figures */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StudentAggregatePayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/students/{aggregateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改学生统计数（草稿） Edit draft figures */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    aggregateId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StudentAggregateUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/students/{aggregateId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布或撤回学生统计数 Publish or withdraw figures */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    aggregateId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ListStatusPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/lists/{list}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出清单（Excel） Export a list as a spreadsheet */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    list: "enterprises" | "jobs" | "innovation" | "policy" | "training" | "service" | "students";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/lists/{list}/import/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载清单导入模板 Download a list’s import template */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    list: "enterprises" | "jobs" | "innovation" | "policy" | "training" | "service" | "students";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/lists/{list}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 从模板批量导入清单（multipart 字段 file，全部成功或全不导入） Import a list from its template (multipart field `file`, all or nothing) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    list: "enterprises" | "jobs" | "innovation" | "policy" | "training" | "service" | "students";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportResult"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportRowsInvalid"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/bodies/{id}/talent/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开的各类清单 The body’s published lists (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicTalentLists"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/placements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 实习学徒岗位、学校接收与教师企业实践 Placements, take-ups and teacher practice with the 推荐书 figures */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Placements"];
                    };
                };
            };
        };
        put?: never;
        /** 企业提供实习或学徒岗位 An enterprise offers internship or apprenticeship places */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PlacementOfferPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/placements/{offerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除实习学徒岗位 Delete an offer without take-ups */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    offerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/placements/{offerId}/take-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 学校登记接收学生 A school records the students it sends */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    offerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PlacementTakeUpPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/placements/{offerId}/take-ups/{takeUpId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除学校接收记录 Delete a take-up */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    offerId: string;
                    takeUpId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/teacher-practice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 学校登记教师企业实践 A school records its teachers’ practice in an enterprise */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TeacherPracticePayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/teacher-practice/{practiceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除教师企业实践记录 Delete a practice record */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    practiceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/schools/{schoolId}/demand-matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 学校毕业生与企业需求的匹配及理由 Demands a school’s graduates answer, each with its reasons */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    schoolId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SchoolDemandMatchList"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/placements/{offerId}/school-matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 实习学徒岗位与学校的匹配及理由 Schools matching an internship or apprenticeship offer, each with its reasons */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    offerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlacementSchoolMatchList"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人才供需报告 The body’s supply–demand reports */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TalentReportList"];
                    };
                };
            };
        };
        put?: never;
        /** 编制季度专报或年度人才需求报告 Draft a quarterly or yearly report */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TalentReportPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/reports/{reportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一份人才供需报告 One report with its figures */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TalentReport"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** 删除报告草稿 Delete a draft */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TalentReportPublishPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/reports/{reportId}/sections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改导语、分析、建议 Edit the report’s text */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TalentReportSectionsPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TalentReport"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/reports/{reportId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布报告（编号、数据定格） Publish: number the report and freeze its figures */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TalentReportPublishPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TalentReport"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/reports/{reportId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回已发布的报告（须说明原因） Withdraw a published report with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TalentReportWithdrawPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TalentReport"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/bodies/{id}/talent/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开的人才供需报告 The body’s published reports (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicTalentReports"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/reports/{reportId}/document.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载报告（DOCX） Download the report */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/talent/reports/{reportId}/document.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载已发布的报告（DOCX） Download a published report (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/talent/reports/{reportId}/document.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载报告（PDF） Download the report */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/talent/reports/{reportId}/document.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载已发布的报告（PDF） Download a published report (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/cycles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 质量年报周期 Report cycles of one’s authorities */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CycleList"];
                    };
                };
            };
        };
        put?: never;
        /** 新建年报周期 Create a report cycle */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CyclePayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/cycles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年报周期 A report cycle */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Cycle"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/cycles/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 开启年报周期（冻结提纲与指标）Open the cycle, freezing outline and indicators */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VersionPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Cycle"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/cycles/{id}/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 填报进度 Coverage: submitted, approved, late */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Coverage"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/generated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 生成的学校年报（提纲与数据表）The school’s generated report */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GeneratedReport"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/cycles/{id}/generated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 生成的区级/市级年报（表1 办学情况表及合计）The authority’s generated report */
        get: {
            parameters: {
                query?: {
                    basis?: "approved" | "all";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GeneratedReport"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/generated.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载学校年报（DOCX）Download the school’s report */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/cycles/{id}/generated.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载区级/市级年报（DOCX）Download the authority’s report */
        get: {
            parameters: {
                query?: {
                    basis?: "approved" | "all";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/generated.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载学校年报（PDF）Download the school’s report */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/cycles/{id}/generated.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载区级/市级年报（PDF）Download the authority’s report */
        get: {
            parameters: {
                query?: {
                    basis?: "approved" | "all";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本单位的质量年报 Reports of the units one fills in, checks or approves */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyReports"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 质量年报（数据、计算比例、问题、审核记录）A report with rates, problems and history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 保存填报数据 Save the collector’s data */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReportSaveInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 采集员提交 Submit for review */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VersionPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/pass": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核通过 Pass the review */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReportPassInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/reviewer-return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核员按字段退回 Return to the collector with field comments */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReportReturnInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 校长审定并签署责任声明 Approve with the responsibility statement */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReportApprovalInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/principal-return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 校长退回 Return by the principal */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReportReturnInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/authority-return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 主管部门退回学校年报 The authority returns a report */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReportReturnInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可采用的统计数据（师资互派、职业体验） Figures counted from the exchange records, to adopt */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportSuggestions"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/cycles/{id}/authority-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本级数据：培训情况表（按年度，含合计）The authority’s own figures: training by year with totals */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuthorityDataView"];
                    };
                };
            };
        };
        /** 保存本级数据 Save the authority’s own figures */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AuthorityDataSaveInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuthorityDataView"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年报的公开发布情况 A report’s publication */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicationState"];
                    };
                };
            };
        };
        put?: never;
        /** 公开发布已审定的年报（公开形式、时间、网址）Publish an approved report */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PublicationPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/publication/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回年报的公开发布（须说明原因）Withdraw a publication with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PublicationWithdrawalInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/cycles/{id}/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 区级/市级年报的公开发布情况 The authority report’s publication */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicationState"];
                    };
                };
            };
        };
        put?: never;
        /** 公开发布区级/市级年报 Publish the authority’s report */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PublicationPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/cycles/{id}/publication/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回区级/市级年报的公开发布 Withdraw the authority report’s publication */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PublicationWithdrawalInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/reports/columns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年报公示专栏（市、区）The public report columns */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicColumns"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/reports/columns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个专栏公示的年报 The reports a column publishes (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicColumn"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/reports/cycles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开的区级/市级年报 A published authority report */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicReport"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开的单位年报 A published unit report */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicReport"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/cycles/{id}/compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 合规性评价：专家分配、各年报结果与汇总 Compliance evaluation of a cycle */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ComplianceOverview"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/cycles/{id}/compliance/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 分配评价专家（回避本单位及申明回避的专家）Assign an expert to a report */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ComplianceAssignPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/compliance/evaluations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 合规性评价表（含平台预评与依据）My evaluation sheet with the pre-assessment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ComplianceSheet"];
                    };
                };
            };
        };
        /** 保存评价结论 Save the sheet */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ComplianceSheetSaveInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        post?: never;
        /** 撤销未提交的专家分配 Withdraw an unsubmitted assignment */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/compliance/send-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 按合规性评价整改意见退回年报 Send a report back on its findings */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ComplianceSendBackInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/compliance/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 分配给我的年报评价 My compliance evaluations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyEvaluations"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/compliance/evaluations/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交评价 Submit the sheet */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ComplianceSheetSaveInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/compliance/evaluations/{id}/conflict": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申明回避 Declare a conflict with the report’s unit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ComplianceConflictDeclareInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/cycles/{id}/registers/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目与荣誉登记（可按类别、级别、年份、学段、来源表格、关键词筛选） Register entries of a cycle */
        get: {
            parameters: {
                query?: {
                    kind?: "project" | "honour" | "award" | "base" | "centre";
                    level?: "national" | "city" | "district";
                    year?: number;
                    schoolLevel?: "secondary" | "higher";
                    sourceTable?: string;
                    keyword?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RegisterEntryList"];
                    };
                };
            };
        };
        put?: never;
        /** 登记项目与荣誉 Add a register entry */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RegisterEntryPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RegisterEntry"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/cycles/{id}/registers/entries/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改项目与荣誉登记 Change a register entry */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    entryId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RegisterEntryUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RegisterEntry"];
                    };
                };
            };
        };
        post?: never;
        /** 删除项目与荣誉登记 Delete a register entry */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    entryId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/cycles/{id}/registers/entries/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载项目与荣誉导入模板 Download the register import template */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/cycles/{id}/registers/entries/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批量导入项目与荣誉（multipart 字段 file，全部通过才写入） Import register entries (multipart field `file`) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportResult"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportRowsInvalid"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/cycles/{id}/registers/entries/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出项目与荣誉（导入模板的列） Export register entries */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/cycles/{id}/registers/blocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年报中的登记表格 The report’s register tables */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RegisterBlocks"];
                    };
                };
            };
        };
        /** 设置年报中的登记表格（表题、所在章节、筛选条件） Set the report’s register tables */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RegisterBlocksPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RegisterBlocks"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/cycles/{id}/registers/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年报案例 Cases of a cycle */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RegisterCaseList"];
                    };
                };
            };
        };
        put?: never;
        /** 登记案例 Add a case */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RegisterCasePayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RegisterCase"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/cycles/{id}/registers/cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改案例 Change a case */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RegisterCaseUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RegisterCase"];
                    };
                };
            };
        };
        post?: never;
        /** 删除案例及其图片 Delete a case with its images */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/cycles/{id}/registers/cases/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传案例图片（PNG 或 JPEG，保存案例时保留） Upload a case image (kept once a case cites it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RegisterImage"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/cycles/{id}/registers/cases/{caseId}/images/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案例图片 A case image */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    caseId: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/cycles/{id}/reminder-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 提醒时间设置 Reminder offsets */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReminderRulesList"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/cycles/{id}/reminder-rules/{source}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改提醒时间 Change reminder offsets */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    source: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReminderRulesPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReminderRules"];
                    };
                };
            };
        };
        post?: never;
        /** 提醒时间恢复默认 Restore the default reminder offsets */
        delete: {
            parameters: {
                query: {
                    version: number;
                };
                header?: never;
                path: {
                    id: string;
                    source: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReminderRules"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本人在资源共享中可做的事 What the user may do in resource sharing */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ResourcesAccess"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 资源调研轮次 Resource survey rounds */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoundList"];
                    };
                };
            };
        };
        put?: never;
        /** 发起年度资源调研 Open a year’s resource survey */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RoundPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/rounds/{roundId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 各成员单位填报进度 Each member’s progress */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoundProgress"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/rounds/{roundId}/responses/{orgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个成员单位的填报 One member’s answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    roundId: string;
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SurveyResponse"];
                    };
                };
            };
        };
        /** 保存填报 Save the answers */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    roundId: string;
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ResponseSaveInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/rounds/{roundId}/responses/{orgId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交填报 Submit the answers */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    roundId: string;
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ResponseActionInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/rounds/{roundId}/responses/{orgId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 采纳填报（锁定并发布到资源库） Accept the answers (locks and publishes them) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    roundId: string;
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ResponseActionInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/rounds/{roundId}/responses/{orgId}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回修改（须写明原因） Reopen the answers with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    roundId: string;
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ResponseReopenInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 检索成员单位资源 Search the members’ resources */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    kind?: "major" | "base" | "partner" | "course";
                    cityCode?: string;
                    categoryCode?: string;
                    classCode?: components["schemas"]["MajorClassCodeInput"];
                    mode?: "secondary" | "secondary_higher" | "secondary_bachelor" | "five_year" | "higher" | "bachelor";
                    openToMembers?: boolean;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ResourceSearchResult"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/who-can-train": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 哪些成员能培养某专业 Which members can train for a major, a class or words */
        get: {
            parameters: {
                query?: {
                    majorCode?: components["schemas"]["MajorCodeInput"];
                    classCode?: components["schemas"]["MajorClassCodeInput"];
                    q?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CapabilityResult"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/exchange/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 师资互派与职业体验信息 The exchange board */
        get: {
            parameters: {
                query?: {
                    kind?: "teacher_offer" | "teacher_request" | "experience";
                    classCode?: components["schemas"]["MajorClassCodeInput"];
                    status?: "open" | "closed" | "all";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExchangeBoard"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/exchange/totals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 各成员单位年度交流统计 Exchange totals per member and year */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExchangeTotals"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/exchange/orgs/{orgId}/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本单位发布的信息及匹配 One unit’s posts with their matches */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyExchangePosts"];
                    };
                };
            };
        };
        put?: never;
        /** 发布师资派出、师资需求或职业体验活动 Publish an offer, a request or an activity */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ExchangePostPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/exchange/orgs/{orgId}/posts/{postId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 关闭一条信息 Close a post */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    orgId: string;
                    postId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/exchange/orgs/{orgId}/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本单位的交流协议 One unit’s agreements */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgreementList"];
                    };
                };
            };
        };
        put?: never;
        /** 签订交流协议 Make an agreement */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AgreementPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/exchange/orgs/{orgId}/agreements/{agreementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 交流协议详情 An agreement */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    orgId: string;
                    agreementId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Agreement"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/exchange/orgs/{orgId}/agreements/{agreementId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认对方提出的协议 Confirm the other side’s proposal */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    orgId: string;
                    agreementId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/exchange/orgs/{orgId}/agreements/{agreementId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消协议 Cancel an agreement */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    orgId: string;
                    agreementId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AgreementCancelInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/exchange/orgs/{orgId}/agreements/{agreementId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录完成情况（实际天数、学时） Record the completion */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    orgId: string;
                    agreementId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AgreementCompletionInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/exchange/orgs/{orgId}/agreements/{agreementId}/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 评价（1–5 分及评语） Evaluate (score 1–5 and a comment) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    orgId: string;
                    agreementId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AgreementEvaluationInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 互选课程 Cross-selected courses */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CourseList"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/orgs/{orgId}/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 向成员单位开设课程 Offer a course to the other members */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CoursePayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CourseCreated"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/courses/{courseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 课程及推荐学生 A course and its students */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    courseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CourseDetail"];
                    };
                };
            };
        };
        /** 修改开放中的课程（名额不少于已接收人数；登记成绩后学分、学时、学期、考核方式不变） Change an open course */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    courseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CourseUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CourseChanged"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/courses/{courseId}/nominations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 推荐本单位学生选修 Nominate one’s students */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    courseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NominationPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/courses/{courseId}/nominations/{nominationId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 接收学生（不超过名额） Accept a student within the seats */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    courseId: string;
                    nominationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/courses/{courseId}/nominations/{nominationId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不接收学生（须写明原因） Decline a student with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    courseId: string;
                    nominationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DeclinePayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/courses/{courseId}/nominations/{nominationId}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 登记成绩 Record a student’s result */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    courseId: string;
                    nominationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ResultPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ResultRecorded"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/courses/{courseId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结课 Close the course */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    courseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/conversion-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已公布的成绩转换规则 Published conversion rules */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ConversionRule"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/recognitions/{nominationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 作出或变更学分认定 Decide or change a recognition */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    nominationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RecognitionPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/orgs/{orgId}/students": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本单位跨校选修学生 One’s students with courses at other members */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HomeStudents"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/students/{studentId}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 学生学习记录 A student’s learning record */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    studentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LearningRecord"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/students/{studentId}/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已签发的学习记录 Issued learning records */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    studentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IssuedCredentials"];
                    };
                };
            };
        };
        put?: never;
        /** 签发学习记录（签名凭证） Issue the signed learning record */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    studentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IssuedCredential"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/credentials/{credentialId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载学习记录（PDF） Download the learning record (PDF) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    credentialId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/credentials/{credentialId}/json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载学习记录（可验证凭证 JSON） Download the learning record (verifiable credential, JSON) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    credentialId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/credentials/{credentialId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回学习记录 Withdraw a learning record */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    credentialId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WithdrawCredentialPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IssuedCredential"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/credentials/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核验学习记录凭证（上传） Verify an uploaded learning record credential */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CredentialUploadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CredentialCheck"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/credentials/{credentialId}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按编号核验学习记录 Verify a learning record by its number */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    credentialId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CredentialCheck"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/did.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 平台签名公钥（DID 文档） The platform’s signing keys (DID document) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DidDocument"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 跨校选修学生与互派、主讲教师（已遮蔽） Students and teachers, masked */
        get: {
            parameters: {
                query?: {
                    q?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PeopleList"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/people/{kind}/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人员个人信息页（已遮蔽） A person, masked */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    kind: "student" | "teacher";
                    personId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Person"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/people/{kind}/{personId}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 注明目的查看完整个人信息（记入审计） Reveal a person for a stated purpose (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    kind: "student" | "teacher";
                    personId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RevealPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RevealedPerson"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/people/{kind}/{personId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出本人个人数据（JSON 或 Excel，记入审计） Export a person’s own data (audited) */
        get: {
            parameters: {
                query: {
                    format: "json" | "xlsx";
                    request: string;
                };
                header?: never;
                path: {
                    id: string;
                    kind: "student" | "teacher";
                    personId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/people/{kind}/{personId}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 应本人请求删除个人信息（依法保留的记录假名化） Erase a person’s data on request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    kind: "student" | "teacher";
                    personId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ErasurePayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErasureResult"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/courses/{courseId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考勤表 The course’s attendance sheet */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    courseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AttendanceSheet"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/courses/{courseId}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 新增课次（学期内） Add a session within the term */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    courseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SessionPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SessionCreated"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/courses/{courseId}/sessions/{sessionId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 登记或修改考勤 Record or change a session’s attendance */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    courseId: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CourseAttendancePayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/courses/{courseId}/syllabus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 教学大纲各版本 The syllabus’s versions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    courseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SyllabusList"];
                    };
                };
            };
        };
        put?: never;
        /** 上传教学大纲（PDF 或 Word，保留旧版本） Upload the syllabus as a new version */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    courseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/courses/{courseId}/syllabus/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载教学大纲 Download a version of the syllabus */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    courseId: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/recognitions/class-rule/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 预览按规则批量认定 Preview recognition by rule for a class */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ClassRulePayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClassRulePlan"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/recognitions/class-rule/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 按规则批量认定 Apply recognition by rule for a class */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ClassRulePayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClassRulePlan"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/reminder-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 提醒时间设置 Reminder offsets */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReminderRulesList"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/resources/reminder-rules/{source}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改提醒时间 Change reminder offsets */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    source: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReminderRulesPayloadInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReminderRules"];
                    };
                };
            };
        };
        post?: never;
        /** 提醒时间恢复默认 Restore the default reminder offsets */
        delete: {
            parameters: {
                query: {
                    version: number;
                };
                header?: never;
                path: {
                    id: string;
                    source: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReminderRules"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 站内消息 Inbox */
        get: {
            parameters: {
                query?: {
                    unread?: "true" | "false";
                    module?: components["schemas"]["NotificationModuleInput"];
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InboxPage"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 未读消息数 Unread count */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UnreadCount"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 标为已读/未读 Mark read or unread */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReadStateBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ok"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 全部标为已读 Mark all read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MarkAllReadBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MarkedCount"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 消息设置 Notification settings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotificationSettings"];
                    };
                };
            };
        };
        /** 修改消息设置 Change notification settings */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NotificationSettingsUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotificationSettings"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 退订链接说明 What an unsubscribe link does */
        get: {
            parameters: {
                query: {
                    token: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UnsubscribeResult"];
                    };
                };
            };
        };
        put?: never;
        /** 退订此类邮件 Unsubscribe from a kind */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UnsubscribeBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UnsubscribeResult"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unsubscribe/one-click": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 一键退订 One-click unsubscribe (RFC 8058) */
        post: {
            parameters: {
                query: {
                    token: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": unknown;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UnsubscribeResult"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/email-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 邮件投递 E-mail deliveries */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "sent" | "failed";
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EmailDeliveryPage"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 后台任务 Background jobs */
        get: {
            parameters: {
                query?: {
                    state?: "queued" | "running" | "failed";
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JobOverview"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/jobs/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重试失败的任务 Retry a failed job */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Job"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccountRequestBodyInput: {
            /** Format: uuid */
            userId: string;
            reason: string;
        };
        ActivityInput: {
            id: string;
            /** @enum {string} */
            kind: "training" | "observation" | "competition" | "summer_camp" | "other";
            title: string;
            organiser: {
                id: string;
                name: string;
            } | null;
            startOn: string;
            endOn: string;
            place: string | null;
            registrationDeadline: string;
            capacityPerUnit: number | null;
            capacityTotal: number | null;
            /** @enum {string} */
            phase: "registering" | "registration_closed" | "under_way" | "ended" | "completed" | "cancelled";
            registeredCount: number;
            unitCount: number;
            attendedCount: number;
            isGenerated: boolean;
            summary: string | null;
            participants: components["schemas"]["ActivityParticipantInput"][];
            outcomes: components["schemas"]["ActivityOutcomeInput"][];
            version: number;
            abilities: {
                manage: boolean;
                register: boolean;
                recordAttendance: boolean;
            };
        };
        ActivityAttendancePayloadInput: {
            entries: {
                /** Format: uuid */
                participantId: string;
                attended: boolean;
            }[];
        };
        ActivityEvidenceInput: {
            /** Format: uuid */
            id: string;
            filename: string;
            size: number;
        };
        ActivityPayloadInput: {
            /** @enum {string} */
            kind: "training" | "observation" | "competition" | "summer_camp" | "other";
            title: string;
            summary?: string;
            /** Format: uuid */
            organiserOrgId?: string;
            startOn: components["schemas"]["IsoDateInput"];
            endOn: components["schemas"]["IsoDateInput"];
            place?: string;
            registrationDeadline: components["schemas"]["IsoDateInput"];
            capacityPerUnit?: number;
            capacityTotal?: number;
        };
        ActivityListInput: {
            items: components["schemas"]["ActivitySummaryInput"][];
            abilities: {
                manage: boolean;
            };
        };
        ActivityOutcomeInput: {
            id: string;
            /** @enum {string} */
            kind: "award" | "certificate" | "note";
            title: string;
            org: {
                id: string;
                name: string;
            } | null;
            participantName: string | null;
            note: string | null;
            evidence: components["schemas"]["ActivityEvidenceInput"][];
        };
        ActivityParticipantInput: {
            id: string;
            org: {
                id: string;
                name: string;
            };
            name: string;
            title: string;
            phone: string | null;
            attended: boolean | null;
        };
        ActivityStatusPayloadInput: {
            /** @enum {string} */
            action: "complete" | "cancel";
            version: number;
        };
        ActivitySummaryInput: {
            id: string;
            /** @enum {string} */
            kind: "training" | "observation" | "competition" | "summer_camp" | "other";
            title: string;
            organiser: {
                id: string;
                name: string;
            } | null;
            startOn: string;
            endOn: string;
            place: string | null;
            registrationDeadline: string;
            capacityPerUnit: number | null;
            capacityTotal: number | null;
            /** @enum {string} */
            phase: "registering" | "registration_closed" | "under_way" | "ended" | "completed" | "cancelled";
            registeredCount: number;
            unitCount: number;
            attendedCount: number;
            isGenerated: boolean;
        };
        AdjustmentReportInput: {
            school: {
                id: string;
                name: string;
            };
            years: number[];
            thresholds: components["schemas"]["AdjustmentThresholdsInput"];
            thresholdsVersion: number;
            rule: {
                "zh-CN": string;
                "en-US": string;
            };
            suggestions: components["schemas"]["AdjustmentSuggestionInput"][];
            abilities: {
                editThresholds: boolean;
            };
        };
        AdjustmentSuggestionInput: {
            majorCode: string;
            majorName: string;
            level: string;
            className: string;
            /** @enum {string} */
            kind: "open" | "enlarge" | "keep" | "shrink";
            demand: number[];
            supply: number[];
            gap: number[];
            totalGap: number;
            schoolSupply: number[];
            siblings: {
                code: string;
                name: string;
            }[];
            explanation: {
                "zh-CN": string;
                "en-US": string;
            }[];
            demands: components["schemas"]["ShortageEvidenceDemandInput"][];
        };
        AdjustmentThresholdsInput: {
            enlargeMinGap: number;
            openMinGap: number;
            shrinkMinSurplus: number;
            minShare: components["schemas"]["ShareInput"];
        };
        AdjustmentThresholdsPayloadInput: {
            thresholds: components["schemas"]["AdjustmentThresholdsInput"];
            version: number;
        };
        AdminDecisionBodyInput: {
            note?: string;
        };
        AdminRejectBodyInput: {
            note: string;
        };
        AdminRequestInput: {
            id: string;
            /** @enum {string} */
            kind: "role_grant" | "role_revoke" | "account_disable" | "password_reset" | "totp_reset";
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "cancelled";
            target: {
                id: string;
                username: string;
                displayName: string;
            };
            role: components["schemas"]["RoleNameInput"] | null;
            reason: string;
            requestedBy: {
                id: string;
                username: string;
                displayName: string;
            };
            /** @enum {string} */
            requesterDuty: "system" | "security" | "audit";
            requestedAt: string;
            decidedBy: {
                id: string;
                username: string;
                displayName: string;
            } | null;
            decidedAt: string | null;
            decisionNote: string | null;
            canDecide: boolean;
            cannotDecideBecause: string | null;
            canCancel: boolean;
        };
        AdminRequestPageInput: {
            items: components["schemas"]["AdminRequestInput"][];
            total: number;
            page: number;
            pageSize: number;
        };
        AffiliationInput: {
            id: string;
            orgId: string | null;
            name: string;
            uscc: string | null;
            note: string | null;
        };
        AffiliationPayloadInput: {
            /**
             * Format: uuid
             * @default null
             */
            orgId?: string | null;
            name: string;
            uscc?: components["schemas"]["OptionalUsccInput"];
            note?: string;
        };
        AffiliationsUpdateInput: {
            affiliations: components["schemas"]["AffiliationPayloadInput"][];
        };
        AgendaItemInput: {
            id: string;
            meetingId: string;
            position: number;
            /** @enum {string} */
            kind: "motion" | "admission" | "withdrawal" | "expulsion" | "plan_approval" | "budget_approval" | "charter_amendment" | "termination" | "appointment";
            title: string;
            description: string | null;
            subjectOrg: {
                id: string;
                name: string;
            } | null;
            amendment: components["schemas"]["CharterAmendmentProposalInput"] | null;
            /** @enum {string} */
            voteStatus: "pending" | "open" | "closed";
            threshold: components["schemas"]["VoteThresholdInput"] | null;
            quorum: components["schemas"]["QuorumInput"] | null;
            ruleText: string;
            voteOpenedAt: string | null;
            voteClosedAt: string | null;
            entitledCount: number | null;
            ballotsCast: number;
            ownBallots: components["schemas"]["OwnBallotInput"][];
            result: components["schemas"]["VoteResultInput"] | null;
            resolutionNo: number | null;
        };
        AgendaItemPayloadInput: {
            /** @enum {string} */
            kind: "motion" | "plan_approval" | "budget_approval" | "charter_amendment" | "termination" | "appointment";
            title: string;
            description?: string;
            amendment?: components["schemas"]["CharterAmendmentProposalInput"];
        };
        AgreementInput: {
            id: string;
            /** @enum {string} */
            kind: "teacher" | "experience";
            /** @enum {string} */
            status: "proposed" | "agreed" | "carried_out" | "completed" | "cancelled";
            offer: {
                id: string;
                title: string;
            };
            request: {
                id: string;
                title: string;
            } | null;
            sender: {
                id: string;
                name: string;
            };
            receiver: {
                id: string;
                name: string;
            } | null;
            visitorName: string | null;
            teacherName: string | null;
            teacherPhone: string | null;
            place: string;
            startsOn: string;
            endsOn: string;
            plannedHours: number;
            plannedParticipants: number | null;
            actualDays: number | null;
            actualHours: number | null;
            actualParticipants: number | null;
            completionNote: string | null;
            cancelReason: string | null;
            senderEvaluation: {
                score: number;
                comment: string;
                at: string;
            } | null;
            receiverEvaluation: {
                score: number;
                comment: string;
                at: string;
            } | null;
            /** @enum {string} */
            side: "sender" | "receiver";
            mayConfirm: boolean;
            mayComplete: boolean;
            mayEvaluate: boolean;
            mayCancel: boolean;
            isGenerated: boolean;
        };
        AgreementCancelInput: {
            reason: string;
        };
        AgreementCompletionInput: {
            actualDays: number;
            actualHours: number;
            actualParticipants?: number;
            note?: string;
        };
        AgreementEvaluationInput: {
            score: number;
            comment: string;
        };
        AgreementPayloadInput: {
            /** Format: uuid */
            offerId: string;
            /** Format: uuid */
            requestId?: string;
            visitorName?: string;
            teacherName?: string;
            teacherPhone?: components["schemas"]["PhoneInput"] | null;
            place: string;
            startsOn: components["schemas"]["IsoDateInput"];
            endsOn: components["schemas"]["IsoDateInput"];
            plannedHours: number;
            plannedParticipants?: number;
        };
        AgreementListInput: {
            items: components["schemas"]["AgreementInput"][];
        };
        ApplicantCommentInput: {
            label: string;
            overall: string | null;
            byIndicator: {
                [key: string]: string;
            };
        };
        ApplicantResultInput: {
            applicationId: string;
            consortiumName: string;
            callTitle: string;
            publishedAt: string;
            rank: number;
            rankedCount: number;
            aggregate: string;
            deduction: string;
            total: string;
            shortlisted: boolean;
            recommended: boolean;
            comments: components["schemas"]["ApplicantCommentInput"][] | null;
        };
        ApplicationInput: {
            id: string;
            callId: string;
            callTitle: string;
            consortiumName: string;
            parkName: string;
            applicantOrg: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            status: "draft" | "submitted" | "returned";
            submittedAt: string | null;
            returnReason: string | null;
            latestVersionNo: number;
            /** @enum {string} */
            callPhase: "draft" | "open" | "closed" | "published";
            resultPublished: boolean;
            isGenerated: boolean;
            version: number;
            updatedAt: string;
            call: {
                id: string;
                title: string;
                /** @enum {string} */
                status: "draft" | "open" | "closed";
                /** @enum {string} */
                phase: "draft" | "open" | "closed" | "published";
                deadline: string;
                textLimits: components["schemas"]["TextLimitsInput"];
                limits: components["schemas"]["CallLimitsInput"];
            };
            content: components["schemas"]["ApplicationContentInput"];
            material: components["schemas"]["SupportingMaterialInput"] | null;
            problems: components["schemas"]["FormProblemInput"][];
            abilities: {
                edit: boolean;
                submit: boolean;
            };
        };
        ApplicationContentInput: {
            /** @default {} */
            cover?: components["schemas"]["CoverSectionInput"];
            /** @default {} */
            summary?: components["schemas"]["SummarySectionInput"];
            /** @default {} */
            overview?: components["schemas"]["OverviewSectionInput"];
            /** @default {} */
            members?: components["schemas"]["MembersSectionInput"];
            /** @default {} */
            effectiveness?: components["schemas"]["EffectivenessSectionInput"];
            /** @default {} */
            plan?: components["schemas"]["PlanSectionInput"];
            /** @default {} */
            features?: components["schemas"]["FeaturesSectionInput"];
            /** @default {} */
            commitment?: components["schemas"]["CommitmentSectionInput"];
        };
        ApplicationCreateInput: {
            /** Format: uuid */
            callId: string;
            /** Format: uuid */
            applicantOrgId: string;
            consortiumName: string;
            park: components["schemas"]["UnitRefInput"];
        };
        ApplicationDiffInput: {
            from: string;
            to: string;
            changes: components["schemas"]["FieldChangeInput"][];
        };
        ApplicationPageInput: {
            items: components["schemas"]["ApplicationSummaryInput"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ApplicationReturnInput: {
            version: number;
            reason: string;
        };
        ApplicationSummaryInput: {
            id: string;
            callId: string;
            callTitle: string;
            consortiumName: string;
            parkName: string;
            applicantOrg: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            status: "draft" | "submitted" | "returned";
            submittedAt: string | null;
            returnReason: string | null;
            latestVersionNo: number;
            /** @enum {string} */
            callPhase: "draft" | "open" | "closed" | "published";
            resultPublished: boolean;
            isGenerated: boolean;
            version: number;
            updatedAt: string;
        };
        ApplicationVersionInput: {
            versionNo: number;
            submittedAt: string;
            submittedBy: string | null;
            returnedAt: string | null;
            returnReason: string | null;
            content: components["schemas"]["ApplicationContentInput"];
            material: components["schemas"]["SupportingMaterialInput"] | null;
        };
        ApplicationVersionRefInput: {
            version: number;
        };
        ApplicationVersionSummaryInput: {
            versionNo: number;
            submittedAt: string;
            submittedBy: string | null;
            returnedAt: string | null;
            returnReason: string | null;
        };
        AppointmentInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            post: "secretary_general" | "director" | "deputy_director" | "member";
            holderName: string;
            org: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            startOn: string;
            appointedBy: string;
            endedOn: string | null;
            recordedBy: string | null;
        };
        AppointmentEndInput: {
            endedOn: components["schemas"]["IsoDateInput"];
        };
        AppointmentPayloadInput: {
            /** @enum {string} */
            post: "secretary_general" | "director" | "deputy_director" | "member";
            holderName: string;
            /** Format: uuid */
            holderOrgId?: string;
            startOn: components["schemas"]["IsoDateInput"];
            appointedBy: string;
        };
        AssignmentLimitsInput: {
            reviewsPerApplication: number;
            maxPerExpert: number | null;
        };
        AssignmentOutcomeInput: {
            added: number;
            explanation: string;
            board: components["schemas"]["ReviewBoardInput"];
        };
        AttendanceEntryInput: {
            /** Format: uuid */
            orgId: string;
            /** @enum {string} */
            status: "present" | "excused" | "unexcused";
            representativeName?: string;
            /** @enum {string} */
            representativeRole?: "principal" | "vice_principal" | "other";
            note?: string;
        };
        AttendancePayloadInput: {
            entries: components["schemas"]["AttendanceEntryInput"][];
        };
        AttendanceRowInput: {
            org: {
                id: string;
                name: string;
            };
            /** @enum {string|null} */
            status: "present" | "excused" | "unexcused" | null;
            representativeName: string | null;
            /** @enum {string|null} */
            representativeRole: "principal" | "vice_principal" | "other" | null;
            note: string | null;
        };
        AttendanceRuleInput: {
            id: string;
            name: string;
            minShare: {
                numerator: number;
                denominator: number;
            };
            attendedMarks: ("present" | "late" | "leave" | "absent")[];
            source: string;
        };
        AttendanceSheetInput: {
            rule: components["schemas"]["AttendanceRuleInput"];
            term: {
                from: string;
                to: string;
            };
            sessions: {
                id: string;
                sessionOn: string;
                topic: string | null;
                marked: number;
            }[];
            students: {
                nominationId: string;
                studentName: string;
                studentNumber: string;
                home: {
                    id: string;
                    name: string;
                };
                marks: {
                    sessionId: string;
                    /** @enum {string} */
                    mark: "present" | "late" | "leave" | "absent";
                }[];
                summary: components["schemas"]["AttendanceSummaryInput"];
            }[];
        };
        AttendanceSummaryInput: {
            marked: number;
            attended: number;
            rate: number | null;
            display: string | null;
            belowThreshold: boolean;
        };
        AuditEntryInput: {
            id: number;
            at: string;
            actorUserId: string | null;
            actorUsername: string | null;
            action: string;
            entityType: string;
            entityId: string | null;
            /** @enum {string} */
            outcome: "success" | "denied" | "failure";
            ip: string | null;
            userAgent: string | null;
            requestId: string | null;
            details: {
                [key: string]: unknown;
            };
        };
        AuditPageInput: {
            items: components["schemas"]["AuditEntryInput"][];
            total: number;
            page: number;
            pageSize: number;
        };
        AuditVerificationInput: {
            ok: boolean;
            checked: number;
            lastId: number | null;
            break: {
                id: number;
                /** @enum {string} */
                problem: "prev_hash_mismatch" | "hash_mismatch" | "sequence_gap";
                lane?: number | null;
            } | null;
            checkpoint: {
                at: string | null;
                matched: boolean;
                /** @enum {string} */
                signature: "valid" | "bad_signature" | "unreadable";
                mismatches: components["schemas"]["CheckpointMismatchInput"][];
            } | null;
            archives: {
                checked: number;
                problems: {
                    file: string;
                    /** @enum {string} */
                    problem: "bad_signature" | "file_changed" | "chain_broken" | "not_linked";
                    lane?: number;
                }[];
            };
        };
        AuthorityDataInput: {
            training: {
                years: components["schemas"]["TrainingYearInput"][];
                stated: components["schemas"]["StatedTrainingTotalsInput"] | null;
            };
        };
        AuthorityDataSaveInput: {
            data: components["schemas"]["AuthorityDataInput"];
            version: number;
        };
        AuthorityDataViewInput: {
            cycle: {
                id: string;
                title: string;
                reportYear: number;
            };
            data: components["schemas"]["AuthorityDataInput"];
            trainingTotals: {
                baseUnits: number | null;
                trainingCourses: number | null;
                trainingPersonTimes: number | null;
                trainingHours: number | null;
            };
            differences: {
                table: string;
                column: string;
                stated: number;
                computed: number | null;
                source: string;
            }[];
            version: number;
        };
        AutoAssignmentInput: {
            seed?: string;
        };
        BallotInput: {
            itemId: string;
            org: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            choice: "yes" | "no" | "abstain";
            /** @enum {string} */
            castVia: "representative" | "paper";
            castAt: string;
        };
        BallotPayloadInput: {
            /** Format: uuid */
            orgId: string;
            /** @enum {string} */
            choice: "yes" | "no" | "abstain";
        };
        BilingualParamInput: {
            "zh-CN": string;
            "en-US": string;
        };
        BoardApplicationInput: {
            id: string;
            consortiumName: string;
            parkName: string;
            applicantName: string;
            reviews: components["schemas"]["BoardReviewInput"][];
            validCount: number;
        };
        BoardReviewInput: {
            id: string;
            expertId: string;
            expertName: string;
            /** @enum {string} */
            status: "assigned" | "submitted";
            /** @enum {string} */
            source: "manual" | "automatic";
            conflicted: boolean;
            total: string | null;
        };
        BodyInput: {
            id: string;
            name: string;
            shortName: string | null;
            /** @enum {string} */
            kind: "alliance" | "consortium" | "community" | "district_alliance";
            regionCode: string | null;
            regionName: string | null;
            secretariatOrg: {
                id: string;
                name: string;
            } | null;
            memberCount: number;
            foundedOn: string | null;
            isGenerated: boolean;
            version: number;
            description: string | null;
            sourceNote: string | null;
            createdAt: string;
            updatedAt: string;
            abilities?: components["schemas"]["BodyAbilitiesInput"];
        };
        BodyAbilitiesInput: {
            update: boolean;
            manageMembers: boolean;
            manageLiaisons: boolean;
            unmask: boolean;
        };
        BodyPayloadInput: {
            name: string;
            shortName?: string;
            /** @enum {string} */
            kind: "alliance" | "consortium" | "community" | "district_alliance";
            regionCode?: string;
            /** Format: uuid */
            secretariatOrgId?: string;
            foundedOn?: components["schemas"]["IsoDateInput"];
            description?: string;
        };
        BodyMemberInput: {
            id: string;
            org: {
                id: string;
                name: string;
                /** @enum {string} */
                type: "secondary_vocational" | "higher_vocational" | "vocational_undergraduate" | "university" | "enterprise" | "industry_association" | "education_authority" | "government" | "park" | "research_institute" | "training_institution" | "other";
                regionName: string | null;
            };
            /** @enum {string} */
            memberRole: "founding" | "lead_school" | "lead_enterprise" | "lead_park" | "chair" | "member";
            isFounding: boolean;
            joinedOn: string;
            joinReason: string | null;
            leftOn: string | null;
            leaveReason: string | null;
            liaisonCount: number;
        };
        BodyMemberPayloadInput: {
            /** Format: uuid */
            orgId: string;
            joinedOn: components["schemas"]["IsoDateInput"];
            reason: string;
            /** @enum {string} */
            memberRole?: "founding" | "lead_school" | "lead_enterprise" | "lead_park" | "chair" | "member";
            isFounding?: boolean;
        };
        BodyMemberPageInput: {
            items: components["schemas"]["BodyMemberInput"][];
            total: number;
            page: number;
            pageSize: number;
        };
        BodyMemberRemovalInput: {
            leftOn: components["schemas"]["IsoDateInput"];
            reason: string;
        };
        BodyPageInput: {
            items: components["schemas"]["BodySummaryInput"][];
            total: number;
            page: number;
            pageSize: number;
        };
        BodySummaryInput: {
            id: string;
            name: string;
            shortName: string | null;
            /** @enum {string} */
            kind: "alliance" | "consortium" | "community" | "district_alliance";
            regionCode: string | null;
            regionName: string | null;
            secretariatOrg: {
                id: string;
                name: string;
            } | null;
            memberCount: number;
            foundedOn: string | null;
            isGenerated: boolean;
            version: number;
        };
        BodyUpdateInput: {
            name?: string;
            shortName?: string | null;
            /** @enum {string} */
            kind?: "alliance" | "consortium" | "community" | "district_alliance";
            regionCode?: string | null;
            /** Format: uuid */
            secretariatOrgId?: string | null;
            foundedOn?: components["schemas"]["IsoDateInput"] | null;
            description?: string | null;
            version: number;
        };
        BudgetInput: {
            year: number;
            /** @enum {string} */
            phase: "none" | "draft" | "under_review" | "approved" | "rejected";
            lines: {
                /** @enum {string} */
                kind: "income" | "expense";
                category: string;
                amountFen: number;
                amount: string;
                note: string | null;
            }[];
            approval: {
                meetingId: string;
                meetingTitle: string;
                heldOn: string;
                itemId: string;
                voteStatus: string;
                resolutionNo: number | null;
            } | null;
            execution: components["schemas"]["ExecutionRowInput"][];
            version: number | null;
        };
        BudgetPayloadInput: {
            lines: components["schemas"]["BudgetLinePayloadInput"][];
            version?: number;
        };
        BudgetLinePayloadInput: {
            /** @enum {string} */
            kind: "income" | "expense";
            /** @enum {string} */
            category: "chair_unit_support" | "public_funding" | "service_income" | "member_support" | "other_income" | "secretariat_office" | "cooperation_projects" | "activities" | "other_expense";
            amount: components["schemas"]["YuanInput"];
            note?: string;
        };
        BulletinInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            bodyId: string;
            bodyName: string;
            org: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** @enum {string} */
            status: "draft" | "submitted" | "published";
            issueNumber: number | null;
            subject: string;
            headline: string | null;
            eventOn: string | null;
            content: string;
            keywords: string[];
            reportTo: string | null;
            copyTo: string | null;
            issuer: string | null;
            issuedOn: string | null;
            draftedBy: string | null;
            reviewedBy: string | null;
            submittedAt: string | null;
            publishedAt: string | null;
            viewCount: number;
            shareCount: number;
            version: number;
            abilities: {
                edit: boolean;
                submit: boolean;
                publish: boolean;
            };
        };
        BulletinCountInput: {
            count: number;
        };
        BulletinDraftPayloadInput: {
            /** Format: uuid */
            orgId: string;
            subject: string;
            headline?: string;
            eventOn?: components["schemas"]["IsoDateInput"];
            content: string;
            /** @default [] */
            keywords?: string[];
            draftedBy?: string;
        };
        BulletinListInput: {
            items: components["schemas"]["BulletinInput"][];
        };
        BulletinPublishPayloadInput: {
            issuedOn: components["schemas"]["IsoDateInput"];
            version: number;
        };
        BulletinQuarterTableInput: {
            year: number;
            min: number;
            max: number;
            /** @enum {string} */
            parameterSource: "charter" | "default";
            quarters: string[];
            rows: {
                org: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                cells: {
                    quarter: string;
                    count: number;
                    /** @enum {string} */
                    status: "below" | "met" | "above" | "open" | "upcoming" | "not_member";
                }[];
            }[];
        };
        BulletinUpdateInput: {
            subject?: string;
            headline?: string | null;
            eventOn?: components["schemas"]["IsoDateInput"] | null;
            content?: string;
            keywords?: string[];
            draftedBy?: string | null;
            reviewedBy?: string | null;
            reportTo?: string | null;
            copyTo?: string | null;
            issuer?: string | null;
            version: number;
        };
        BulletinVersionInput: {
            version: number;
        };
        CallInput: {
            id: string;
            title: string;
            documentNumber: string | null;
            authority: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            status: "draft" | "open" | "closed";
            /** @enum {string} */
            phase: "draft" | "open" | "closed" | "published";
            resultsPublishedAt: string | null;
            deadline: string;
            deadlineAt: string;
            applicationCount: number;
            submittedCount: number;
            isGenerated: boolean;
            version: number;
            noticeText: string | null;
            eligibility: string | null;
            /** @enum {string} */
            formKey: "consortium_recommendation";
            formVersion: number;
            textLimits: components["schemas"]["TextLimitsInput"];
            limits: components["schemas"]["CallLimitsInput"];
            indicatorSystem: components["schemas"]["IndicatorSystemSummaryInput"];
            openedAt: string | null;
            closedAt: string | null;
            createdAt: string;
        };
        CallPayloadInput: {
            /** Format: uuid */
            authorityOrgId: string;
            title: string;
            documentNumber?: string;
            noticeText?: string;
            eligibility?: string;
            deadline: components["schemas"]["ShanghaiDateTimeInput"];
            /** Format: uuid */
            indicatorSystemId?: string;
            /**
             * @default consortium_recommendation
             * @enum {string}
             */
            formKey?: "consortium_recommendation";
            textLimits?: components["schemas"]["TextLimitsInput"];
            limits?: {
                applicationsPerPark?: number;
                supportingMaterialPages?: number;
                mainServedIndustries?: number;
                relatedMajorsPerSchool?: number;
            };
        };
        CallLimitsInput: {
            applicationsPerPark: number;
            supportingMaterialPages: number;
            mainServedIndustries: number;
            relatedMajorsPerSchool: number;
        };
        CallPageInput: {
            items: components["schemas"]["CallSummaryInput"][];
            total: number;
            page: number;
            pageSize: number;
        };
        CallSummaryInput: {
            id: string;
            title: string;
            documentNumber: string | null;
            authority: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            status: "draft" | "open" | "closed";
            /** @enum {string} */
            phase: "draft" | "open" | "closed" | "published";
            resultsPublishedAt: string | null;
            deadline: string;
            deadlineAt: string;
            applicationCount: number;
            submittedCount: number;
            isGenerated: boolean;
            version: number;
        };
        CallTransitionInput: {
            version: number;
        };
        CallUpdateInput: {
            title?: string;
            documentNumber?: string;
            noticeText?: string;
            eligibility?: string;
            deadline?: components["schemas"]["ShanghaiDateTimeInput"];
            /** Format: uuid */
            indicatorSystemId?: string;
            textLimits?: components["schemas"]["TextLimitsInput"];
            limits?: {
                applicationsPerPark?: number;
                supportingMaterialPages?: number;
                mainServedIndustries?: number;
                relatedMajorsPerSchool?: number;
            };
            version: number;
        };
        CapabilityReasonInput: {
            /** @enum {string} */
            kind: "offersMajor" | "offersRelatedMajor" | "base" | "course" | "partner";
            /** @enum {string} */
            entryKind: "major" | "base" | "partner" | "course";
            title: string;
            summary: string;
            matched: string[];
            points: number;
        };
        CapabilityResultInput: {
            target: string;
            items: components["schemas"]["CapableMemberInput"][];
            scoring: {
                /** @enum {string} */
                kind: "offersMajor" | "offersRelatedMajor" | "base" | "course" | "partner";
                points: number;
                counted: number;
            }[];
        };
        CapableMemberInput: {
            org: {
                id: string;
                name: string;
            };
            city: {
                code: string;
                name: string;
            } | null;
            rank: number;
            points: number;
            workstations: number;
            reasons: components["schemas"]["CapabilityReasonInput"][];
        };
        CaseToAgendaPayloadInput: {
            /** Format: uuid */
            meetingId?: string;
            version: number;
        };
        CertificateInput: {
            id: string;
            bodyId: string;
            org: {
                id: string;
                name: string;
            };
            number: string;
            issuedOn: string;
            returnedOn: string | null;
        };
        ChairOverrideInput: {
            /** Format: uuid */
            id: string;
            year: number;
            org: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            reason: string;
            decidedOn: string;
            recordedBy: string | null;
            createdAt: string;
        };
        ChairOverridePayloadInput: {
            year: number;
            /** Format: uuid */
            orgId: string;
            reason: string;
            decidedOn: components["schemas"]["IsoDateInput"];
        };
        ChairPlanPayloadInput: {
            firstYear: number;
            years: number;
            /** Format: uuid */
            firstOrgId: string;
            version?: number;
        };
        ChairRotationRuleInput: {
            termYears: number;
            /** @enum {string} */
            basis: "city" | "member" | "none";
        };
        ChairScheduleInput: {
            plan: {
                firstYear: number;
                years: number;
                firstOrg: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                generatedAt: string;
                version: number;
            } | null;
            years: components["schemas"]["ChairYearInput"][];
            overrides: components["schemas"]["ChairOverrideInput"][];
            candidates: {
                /** Format: uuid */
                id: string;
                name: string;
                city: string;
                joinedOn: string;
            }[];
            rule: {
                termYears: number;
                /** @enum {string} */
                basis: "city" | "member" | "none";
                /** @enum {string} */
                source: "charter" | "default";
            };
            abilities: {
                manage: boolean;
            };
        };
        ChairYearInput: {
            year: number;
            org: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            city: string;
            /** @enum {string} */
            source: "first" | "override" | "rotation" | "new_round";
            explanation: string;
        };
        ChangePasswordBodyInput: {
            currentPassword: string;
            newPassword: string;
        };
        CharterAmendmentProposalInput: {
            parameters: components["schemas"]["CharterParametersInput"];
            chairRotation: components["schemas"]["ChairRotationRuleInput"];
            text?: string;
        };
        CharterParametersInput: {
            votes: {
                resolution: components["schemas"]["VoteThresholdInput"];
                charterAmendment: components["schemas"]["VoteThresholdInput"];
                termination: components["schemas"]["VoteThresholdInput"];
                expulsion: components["schemas"]["VoteThresholdInput"];
            };
            quorum: components["schemas"]["QuorumInput"] | null;
            withdrawalNotice: components["schemas"]["PeriodInput"];
            expulsionBan: components["schemas"]["PeriodInput"];
            unexcusedAbsencesForExpulsion: number;
            committeeTerm: components["schemas"]["PeriodInput"];
            committeeTermRenewalLimit: number | null;
            bulletinsPerQuarterMin: number;
            bulletinsPerQuarterMax: number;
        };
        CharterRegistrationInput: {
            parameters: components["schemas"]["CharterParametersInput"];
            chairRotation: components["schemas"]["ChairRotationRuleInput"];
            charterTitle: string;
            text: string;
            effectiveOn: components["schemas"]["IsoDateInput"];
            adoptionBasis: string;
        };
        CharterSettingsInput: {
            parameters: components["schemas"]["CharterParametersInput"];
            chairRotation: components["schemas"]["ChairRotationRuleInput"];
        };
        CharterVersionInput: {
            id: string;
            bodyId: string;
            title: string;
            versionNo: number;
            text: string;
            parameters: components["schemas"]["CharterParametersInput"];
            chairRotation: components["schemas"]["ChairRotationRuleInput"];
            effectiveOn: string;
            adoptedByItemId: string | null;
            note: string | null;
            createdAt: string;
        };
        CharterViewInput: {
            current: components["schemas"]["CharterVersionInput"] | null;
            history: {
                id: string;
                bodyId: string;
                title: string;
                versionNo: number;
                parameters: components["schemas"]["CharterParametersInput"];
                chairRotation: components["schemas"]["ChairRotationRuleInput"];
                effectiveOn: string;
                adoptedByItemId: string | null;
                note: string | null;
                createdAt: string;
            }[];
            ruleTexts: {
                [key: string]: string;
            };
            abilities: {
                register: boolean;
                proposeAmendment: boolean;
            };
        };
        CheckpointMismatchInput: {
            /** @enum {string} */
            problem: "entries_missing";
            lane: number | null;
            expected: number;
            found: number;
        } | {
            /** @enum {string} */
            problem: "hash_differs";
            lane: number | null;
            seq: number;
        };
        CityCountInput: {
            cityCode: string;
            cityName: string;
            members: number;
            majors: number;
            bases: number;
            workstations: number;
            partners: number;
            courses: number;
        };
        ClassRulePayloadInput: {
            /** Format: uuid */
            courseId: string;
            /** Format: uuid */
            homeOrgId: string;
            /** @enum {string} */
            outcome: "recognised" | "converted";
            ownCourseName?: string;
            ownCredits?: number;
            refusalReason: string;
        };
        ClassRulePlanInput: {
            course: {
                id: string;
                name: string;
                credits: number;
            };
            rows: components["schemas"]["ClassRuleRowInput"][];
            counts: {
                recognised: number;
                converted: number;
                refused: number;
                skipped: number;
            };
            applied: number | null;
        };
        ClassRuleRowInput: {
            nominationId: string;
            studentName: string;
            studentNumber: string;
            score: number | null;
            passed: boolean | null;
            /** @enum {string} */
            action: "recognised" | "converted" | "refused" | "skipped";
            credits: number | null;
            grade: string | null;
            why: {
                "zh-CN": string;
                "en-US": string;
            };
        };
        CommitmentSectionInput: {
            /** @default {} */
            parkSignatory?: {
                /** @default null */
                name?: string | null;
                signedOn?: components["schemas"]["OptionalDateInput"];
                /**
                 * Format: uuid
                 * @default null
                 */
                sealFileId?: string | null;
            };
            /** @default {} */
            enterpriseSignatory?: {
                /** @default null */
                name?: string | null;
                signedOn?: components["schemas"]["OptionalDateInput"];
                /**
                 * Format: uuid
                 * @default null
                 */
                sealFileId?: string | null;
            };
            /** @default {} */
            schoolSignatory?: {
                /** @default null */
                name?: string | null;
                signedOn?: components["schemas"]["OptionalDateInput"];
                /**
                 * Format: uuid
                 * @default null
                 */
                sealFileId?: string | null;
            };
            /** @default null */
            authorityOpinion?: string | null;
            /** @default {} */
            authoritySignatory?: {
                /** @default null */
                name?: string | null;
                signedOn?: components["schemas"]["OptionalDateInput"];
                /**
                 * Format: uuid
                 * @default null
                 */
                sealFileId?: string | null;
            };
        };
        CompletenessInput: {
            answered: ("majors" | "teachers" | "bases" | "partners" | "courses")[];
            missing: ("majors" | "teachers" | "bases" | "partners" | "courses")[];
            percent: number;
        };
        ComplianceAssignPayloadInput: {
            /** Format: uuid */
            reportId: string;
            /** Format: uuid */
            expertId: string;
        };
        ComplianceConflictDeclareInput: {
            reason: string;
        };
        ComplianceFindingInput: {
            key: string;
            title: {
                "zh-CN": string;
                "en-US": string;
            };
            expertName: string;
            verdict: string;
            text: string;
        };
        ComplianceItemPayloadInput: {
            key: string;
            /** @enum {string|null} */
            verdict: "met" | "finding" | "failed" | null;
            finding?: string;
        };
        ComplianceOverviewInput: {
            cycle: {
                id: string;
                title: string;
                reportYear: number;
                authority: {
                    id: string;
                    name: string;
                };
                publishDeadline: string;
            };
            checklist: {
                version: string;
                items: {
                    key: string;
                    title: {
                        "zh-CN": string;
                        "en-US": string;
                    };
                    guidance: {
                        "zh-CN": string;
                        "en-US": string;
                    };
                    check: string | null;
                }[];
            };
            rule: {
                "zh-CN": string;
                "en-US": string;
            };
            experts: {
                id: string;
                name: string;
                shared: boolean;
                affiliations: string[];
            }[];
            reports: components["schemas"]["ComplianceReportRowInput"][];
            summary: components["schemas"]["ComplianceSummaryRowInput"][];
        };
        ComplianceReportRowInput: {
            id: string;
            org: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            level: "school_secondary" | "school_higher" | "district" | "enterprise";
            /** @enum {string} */
            status: "draft" | "submitted" | "returned" | "reviewed" | "approved";
            published: boolean;
            blockedReason: string | null;
            evaluations: {
                id: string;
                expert: {
                    id: string;
                    name: string;
                };
                /** @enum {string} */
                status: "assigned" | "submitted" | "conflict";
                conflictReason: string | null;
                submittedAt: string | null;
            }[];
            conflicts: {
                expertId: string;
                reason: {
                    "zh-CN": string;
                    "en-US": string;
                };
            }[];
            /** @enum {string} */
            result: "pending" | "passed" | "findings" | "failed";
            items: {
                key: string;
                title: {
                    "zh-CN": string;
                    "en-US": string;
                };
                /** @enum {string|null} */
                verdict: "met" | "finding" | "failed" | null;
                counts: {
                    met: number;
                    finding: number;
                    failed: number;
                };
            }[];
            findings: components["schemas"]["ComplianceFindingInput"][];
            sentBack: {
                at: string;
                actorName: string | null;
                reason: string;
            }[];
            maySendBack: boolean;
            version: number;
        };
        ComplianceSendBackInput: {
            version: number;
            remark?: string;
        };
        ComplianceSheetInput: {
            id: string;
            cycle: {
                id: string;
                title: string;
                reportYear: number;
                publishDeadline: string;
            };
            report: {
                id: string;
                org: {
                    id: string;
                    name: string;
                };
                /** @enum {string} */
                level: "school_secondary" | "school_higher" | "district" | "enterprise";
                /** @enum {string} */
                status: "draft" | "submitted" | "returned" | "reviewed" | "approved";
            };
            publicPath: string | null;
            /** @enum {string} */
            status: "assigned" | "submitted" | "conflict";
            checklistVersion: string;
            items: components["schemas"]["ComplianceSheetItemInput"][];
            conflictReason: string | null;
            submittedAt: string | null;
            mayEdit: boolean;
            version: number;
        };
        ComplianceSheetItemInput: {
            key: string;
            title: {
                "zh-CN": string;
                "en-US": string;
            };
            guidance: {
                "zh-CN": string;
                "en-US": string;
            };
            /** @enum {string|null} */
            check: "data_complete" | "figures_consistent" | "statement_signed" | "published_on_time" | null;
            preassessment: {
                /** @enum {string|null} */
                verdict: "met" | "finding" | "failed" | null;
                evidence: {
                    "zh-CN": string;
                    "en-US": string;
                }[];
            };
            /** @enum {string|null} */
            verdict: "met" | "finding" | "failed" | null;
            finding: string | null;
        };
        ComplianceSheetSaveInput: {
            version: number;
            items: components["schemas"]["ComplianceItemPayloadInput"][];
        };
        ComplianceSummaryRowInput: {
            /** @enum {string} */
            level: "school_secondary" | "school_higher" | "district" | "enterprise";
            participants: number;
            evaluated: number;
            passed: number;
            findings: number;
            failed: number;
            pending: number;
        };
        ComputedRateInput: {
            /** @enum {string} */
            key: "studentTeacherRatio" | "professionalShare" | "seniorTitleShare" | "masterShare" | "dualQualifiedShare" | "partTimeShare" | "equipmentPerStudent" | "workstationsPerStudent" | "matchedEmploymentRate" | "directEmploymentRate" | "furtherStudyRate";
            label: {
                "zh-CN": string;
                "en-US": string;
            };
            value: number | null;
            display: string | null;
            formula: {
                "zh-CN": string;
                "en-US": string;
            };
            stated: number | null;
            differs: boolean;
            note: {
                "zh-CN": string;
                "en-US": string;
            } | null;
        };
        ConflictInput: {
            expertId: string;
            expertName: string;
            applicationId: string;
            applicationName: string;
            evidence: components["schemas"]["ConflictEvidenceInput"][];
            summary: string;
        };
        ConflictDeclareInput: {
            reason: string;
        };
        ConflictEvidenceInput: {
            /** @enum {string} */
            kind: "affiliation";
            /** @enum {string} */
            place: "park" | "lead_school" | "lead_enterprise" | "secretariat" | "member_enterprise" | "member_school" | "member_other";
            row: number | null;
            /** @enum {string} */
            matchedBy: "orgId" | "uscc" | "name";
            unitName: string | null;
        } | {
            /** @enum {string} */
            kind: "declared" | "pinned";
            reason: string;
            statedId: string;
        };
        ConflictPinInput: {
            /** Format: uuid */
            expertId: string;
            /** Format: uuid */
            applicationId: string;
            reason: string;
        };
        ConversionRuleInput: {
            id: string;
            name: string;
            bands: {
                minScore: number;
                grade: string;
                passes: boolean;
            }[];
            passGrade: string;
            failGrade: string;
        };
        CourseInput: {
            id: string;
            host: {
                id: string;
                name: string;
            };
            name: string;
            credits: number;
            hours: number;
            term: string;
            seats: number;
            accepted: number;
            nominated: number;
            /** @enum {string} */
            mode: "online" | "offline" | "blended";
            /** @enum {string} */
            grading: "score" | "pass_fail";
            prerequisites: string | null;
            hostTeacher: string;
            /** @enum {string} */
            status: "open" | "closed";
            closedAt: string | null;
            isGenerated: boolean;
            resultsRecorded: number;
            version: number;
        };
        CourseAttendancePayloadInput: {
            marks: {
                /** Format: uuid */
                nominationId: string;
                /** @enum {string} */
                mark: "present" | "late" | "leave" | "absent";
            }[];
        };
        CourseChangedInput: {
            id: string;
            version: number;
        };
        CourseCreatedInput: {
            id: string;
        };
        CourseDetailInput: {
            course: components["schemas"]["CourseInput"];
            nominations: components["schemas"]["NominationInput"][];
            nominateFor: {
                id: string;
                name: string;
            }[];
            mayManage: boolean;
        };
        CoursePayloadInput: {
            name: string;
            credits: number;
            hours: number;
            term: string;
            seats: number;
            /** @enum {string} */
            mode: "online" | "offline" | "blended";
            /** @enum {string} */
            grading: "score" | "pass_fail";
            prerequisites?: string;
            hostTeacher: string;
        };
        CourseListInput: {
            hosted: components["schemas"]["CourseInput"][];
            open: components["schemas"]["CourseInput"][];
        };
        CourseUpdateInput: {
            name: string;
            credits: number;
            hours: number;
            term: string;
            seats: number;
            /** @enum {string} */
            mode: "online" | "offline" | "blended";
            /** @enum {string} */
            grading: "score" | "pass_fail";
            prerequisites?: string;
            hostTeacher: string;
            version: number;
        };
        CoverSectionInput: {
            /** @default null */
            consortiumName?: string | null;
            /** @default null */
            recommendingRegion?: string | null;
            /** @default {} */
            park?: components["schemas"]["UnitRefInput"];
            /** @default {} */
            leadSchool?: components["schemas"]["UnitRefInput"];
            /** @default {} */
            leadEnterprise?: components["schemas"]["UnitRefInput"];
            filledOn?: components["schemas"]["OptionalDateInput"];
        };
        CoverageInput: {
            cycle: components["schemas"]["CycleInput"];
            today: string;
            levels: components["schemas"]["CoverageLevelInput"][];
            participants: components["schemas"]["CoverageRowInput"][];
        };
        CoverageLevelInput: {
            /** @enum {string} */
            level: "school_secondary" | "school_higher" | "district" | "enterprise";
            participants: number;
            submitted: number;
            approved: number;
            published: number;
            late: number;
        };
        CoverageRowInput: {
            id: string;
            org: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            level: "school_secondary" | "school_higher" | "district" | "enterprise";
            /** @enum {string} */
            status: "draft" | "submitted" | "returned" | "reviewed" | "approved";
            submittedAt: string | null;
            approvedAt: string | null;
            /** @enum {string|null} */
            lateStage: "submit" | "review" | "approve" | "publish" | null;
        };
        CredentialCheckInput: {
            valid: boolean;
            /** @enum {string|null} */
            problem: "malformed" | "unknown_key" | "signature" | "tampered" | "unknown_record" | "withdrawn" | null;
            reason: {
                "zh-CN": string;
                "en-US": string;
            };
            credentialId: string | null;
            issuedAt: string | null;
            keyId: string | null;
            withdrawn: {
                at: string;
                reason: string;
            } | null;
            summary: components["schemas"]["CredentialSummaryInput"] | null;
        };
        CredentialSummaryInput: {
            issuerName: string;
            studentName: string;
            studentNumber: string;
            school: string;
            major: string;
            creditsRecognised: number;
            courses: {
                courseName: string;
                host: string;
                term: string;
                credits: number;
                result: string;
                recognition: string;
            }[];
        };
        CredentialUploadInput: {
            [key: string]: unknown;
        };
        CycleInput: {
            id: string;
            authority: {
                id: string;
                name: string;
            };
            reportYear: number;
            title: string;
            noticeNumber: string | null;
            levels: ("school_secondary" | "school_higher" | "district" | "enterprise")[];
            deadlines: {
                submit: string;
                review: string;
                approve: string;
                publish: string;
            };
            outline: string[];
            indicatorSetVersion: string;
            /** @enum {string} */
            status: "draft" | "open";
            openedAt: string | null;
            participantCount: number;
            version: number;
            mayManage: boolean;
        };
        CyclePayloadInput: {
            /** Format: uuid */
            authorityOrgId: string;
            reportYear: number;
            title: string;
            noticeNumber?: string;
            levels: ("school_secondary" | "school_higher" | "district" | "enterprise")[];
            reportingUnits: components["schemas"]["CycleParticipantPayloadInput"][];
            deadlines: {
                submit: components["schemas"]["IsoDateInput"];
                review: components["schemas"]["IsoDateInput"];
                approve: components["schemas"]["IsoDateInput"];
                publish: components["schemas"]["IsoDateInput"];
            };
            outline: string[];
        };
        CycleListInput: {
            items: components["schemas"]["CycleInput"][];
        };
        CycleParticipantPayloadInput: {
            /** Format: uuid */
            orgId: string;
            /** @enum {string} */
            level: "school_secondary" | "school_higher" | "district" | "enterprise";
        };
        DashboardInput: {
            items: components["schemas"]["DashboardItemInput"][];
        };
        DashboardItemInput: {
            key: string;
            /** @enum {string} */
            severity: "info" | "warning" | "danger";
            title: string;
            count: number;
            description: string;
            link: string;
        };
        DeclinePayloadInput: {
            reason: string;
        };
        /** @enum {string} */
        DeliveryChannelInput: "inbox" | "email" | "digest";
        DemandInput: {
            id: string;
            org: {
                id: string;
                name: string;
            };
            position: string;
            occupation: string;
            occupationCode: string | null;
            majors: components["schemas"]["MajorRefInput"][];
            /** @enum {string} */
            educationLevel: "secondary" | "higher_associate" | "higher_bachelor";
            startYear: number;
            headcounts: number[];
            skills: string | null;
            location: {
                code: string;
                name: string;
            };
            wageMin: number | null;
            wageMax: number | null;
            apprenticeshipPlaces: number;
            internshipPlaces: number;
            isGenerated: boolean;
            version: number;
            updatedAt: string;
        };
        DemandPayloadInput: {
            /** Format: uuid */
            orgId: string;
            position: string;
            occupation: string;
            occupationCode?: components["schemas"]["OccupationCodeInput"];
            majorCodes: components["schemas"]["MajorCodeInput"][];
            /** @enum {string} */
            educationLevel: "secondary" | "higher_associate" | "higher_bachelor";
            startYear: components["schemas"]["StartYearInput"];
            headcounts: components["schemas"]["ThreeYearsInput"];
            skills?: string;
            locationRegionCode: components["schemas"]["RegionCodeInput"];
            wageMin?: number;
            wageMax?: number;
            /** @default 0 */
            apprenticeshipPlaces?: number;
            /** @default 0 */
            internshipPlaces?: number;
        };
        DemandListInput: {
            items: components["schemas"]["DemandInput"][];
        };
        DemandUpdateInput: {
            position: string;
            occupation: string;
            occupationCode?: components["schemas"]["OccupationCodeInput"];
            majorCodes: components["schemas"]["MajorCodeInput"][];
            /** @enum {string} */
            educationLevel: "secondary" | "higher_associate" | "higher_bachelor";
            startYear: components["schemas"]["StartYearInput"];
            headcounts: components["schemas"]["ThreeYearsInput"];
            skills?: string;
            locationRegionCode: components["schemas"]["RegionCodeInput"];
            wageMin?: number;
            wageMax?: number;
            /** @default 0 */
            apprenticeshipPlaces?: number;
            /** @default 0 */
            internshipPlaces?: number;
            version: number;
        };
        DidDocumentInput: {
            "@context": string[];
            id: string;
            verificationMethod: {
                id: string;
                /** @enum {string} */
                type: "Multikey";
                controller: string;
                publicKeyMultibase: string;
            }[];
            assertionMethod: string[];
        };
        DismissPayloadInput: {
            reason: string;
            version: number;
        };
        EffectivenessSectionInput: {
            /** @default {} */
            coBuiltMajors?: {
                y2025?: components["schemas"]["FormCountInput"];
                y2026?: components["schemas"]["FormCountInput"];
            };
            /** @default {} */
            coBuiltCourses?: {
                y2025?: components["schemas"]["FormCountInput"];
                y2026?: components["schemas"]["FormCountInput"];
            };
            /** @default {} */
            coBuiltTextbooks?: {
                y2025?: components["schemas"]["FormCountInput"];
                y2026?: components["schemas"]["FormCountInput"];
            };
            /** @default {} */
            coBuiltTrainingBases?: {
                y2025?: components["schemas"]["FormCountInput"];
                y2026?: components["schemas"]["FormCountInput"];
            };
            /** @default {} */
            coBuiltIndustryColleges?: {
                y2025?: components["schemas"]["FormCountInput"];
                y2026?: components["schemas"]["FormCountInput"];
            };
            /** @default {} */
            enterpriseTeachers?: {
                /** @default {} */
                y2025?: {
                    personTimes?: components["schemas"]["FormCountInput"];
                    hours?: components["schemas"]["FormCountInput"];
                };
                /** @default {} */
                y2026?: {
                    personTimes?: components["schemas"]["FormCountInput"];
                    hours?: components["schemas"]["FormCountInput"];
                };
            };
            /** @default {} */
            interSchoolTeachers?: {
                /** @default {} */
                y2025?: {
                    personTimes?: components["schemas"]["FormCountInput"];
                    hours?: components["schemas"]["FormCountInput"];
                };
                /** @default {} */
                y2026?: {
                    personTimes?: components["schemas"]["FormCountInput"];
                    hours?: components["schemas"]["FormCountInput"];
                };
            };
            /** @default {} */
            teacherPractice?: {
                y2025?: components["schemas"]["FormAmountInput"];
                y2026?: components["schemas"]["FormAmountInput"];
            };
            teachingTeamAwards?: components["schemas"]["LongTextInput"];
            /** @default {} */
            apprenticeship?: {
                y2025?: components["schemas"]["FormCountInput"];
                y2026?: components["schemas"]["FormCountInput"];
            };
            /** @default {} */
            fieldEngineers?: {
                y2025?: components["schemas"]["FormCountInput"];
                y2026?: components["schemas"]["FormCountInput"];
            };
            /** @default {} */
            otherJointTraining?: {
                y2025?: components["schemas"]["FormCountInput"];
                y2026?: components["schemas"]["FormCountInput"];
            };
            /** @default {} */
            talentDemandReports?: {
                y2025?: components["schemas"]["FormCountInput"];
                y2026?: components["schemas"]["FormCountInput"];
            };
            /** @default {} */
            talentPlatform?: {
                y2025?: components["schemas"]["LongTextInput"];
                y2026?: components["schemas"]["LongTextInput"];
            };
            /** @default {} */
            newPractices?: {
                y2025?: components["schemas"]["LongTextInput"];
                y2026?: components["schemas"]["LongTextInput"];
            };
            /** @default {} */
            apprenticePositionRatio?: {
                y2025?: components["schemas"]["FormPercentInput"];
                y2026?: components["schemas"]["FormPercentInput"];
            };
            /** @default {} */
            internshipVolume?: {
                y2025?: components["schemas"]["FormAmountInput"];
                y2026?: components["schemas"]["FormAmountInput"];
            };
            /** @default {} */
            secondaryHigherThrough?: {
                y2025?: components["schemas"]["FormCountInput"];
                y2026?: components["schemas"]["FormCountInput"];
            };
            /** @default {} */
            secondaryHigherBachelor?: {
                y2025?: components["schemas"]["FormCountInput"];
                y2026?: components["schemas"]["FormCountInput"];
            };
            /** @default {} */
            undergraduateAdmissions?: {
                y2025?: components["schemas"]["FormCountInput"];
                y2026?: components["schemas"]["FormCountInput"];
            };
            /** @default {} */
            examAdmissionRate?: {
                y2025?: components["schemas"]["FormPercentInput"];
                y2026?: components["schemas"]["FormPercentInput"];
            };
            /** @default {} */
            employmentRate?: {
                y2025?: components["schemas"]["FormPercentInput"];
                y2026?: components["schemas"]["FormPercentInput"];
            };
            skillsCompetitionAwards?: components["schemas"]["LongTextInput"];
            /** @default {} */
            techServicePlatforms?: {
                y2025?: components["schemas"]["FormCountInput"];
                y2026?: components["schemas"]["FormCountInput"];
            };
            /** @default {} */
            rdConversionRate?: {
                y2025?: components["schemas"]["FormPercentInput"];
                y2026?: components["schemas"]["FormPercentInput"];
            };
            /** @default {} */
            rdFunding?: {
                y2025?: components["schemas"]["FormAmountInput"];
                y2026?: components["schemas"]["FormAmountInput"];
            };
            /** @default {} */
            researchOutputs?: {
                y2025?: components["schemas"]["FormCountInput"];
                y2026?: components["schemas"]["FormCountInput"];
            };
            /** @default {} */
            skillAppraisals?: {
                y2025?: components["schemas"]["FormCountInput"];
                y2026?: components["schemas"]["FormCountInput"];
            };
            /** @default {} */
            masterStudios?: {
                y2025?: components["schemas"]["FormCountInput"];
                y2026?: components["schemas"]["FormCountInput"];
            };
            /** @default {} */
            employeeTrainingDays?: {
                y2025?: components["schemas"]["FormAmountInput"];
                y2026?: components["schemas"]["FormAmountInput"];
            };
            /** @default {} */
            socialTrainingDays?: {
                y2025?: components["schemas"]["FormAmountInput"];
                y2026?: components["schemas"]["FormAmountInput"];
            };
        };
        EmailDeliveryInput: {
            /** Format: uuid */
            id: string;
            username: string;
            address: string;
            kindLabel: string;
            /** @enum {string} */
            status: "pending" | "sent" | "failed";
            attempts: number;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        EmailDeliveryPageInput: {
            items: components["schemas"]["EmailDeliveryInput"][];
            total: number;
        };
        EnterpriseApplicationInput: {
            /** Format: uuid */
            orgId: string;
            statement: string;
        };
        EnterpriseDecisionPayloadInput: {
            /** @enum {string} */
            action: "admit" | "reject" | "approve_exit" | "remove";
            reason?: string;
            stepOn?: components["schemas"]["IsoDateInput"];
            version: number;
        };
        EnterpriseExitRequestInput: {
            reason: string;
            stepOn?: components["schemas"]["IsoDateInput"];
            version: number;
        };
        EnterpriseListInput: {
            items: components["schemas"]["EnterpriseListEntryInput"][];
        };
        EnterpriseListEntryInput: {
            id: string;
            org: {
                id: string;
                name: string;
            };
            region: {
                code: string;
                name: string;
            } | null;
            /** @enum {string} */
            status: "applied" | "listed" | "rejected" | "exit_requested" | "exited";
            statement: string;
            appliedOn: string;
            listedOn: string | null;
            exitedOn: string | null;
            reason: string | null;
            isGenerated: boolean;
            version: number;
            history: components["schemas"]["ListHistoryItemInput"][];
        };
        ErasurePayloadInput: {
            request: string;
        };
        ErasureResultInput: {
            pseudonym: string;
            erasedAt: string;
            already: boolean;
            held: {
                record: {
                    "zh-CN": string;
                    "en-US": string;
                };
                count: number;
            }[];
        };
        ErasureRuleInput: {
            /** @enum {string} */
            kind: "student" | "teacher";
            record: {
                "zh-CN": string;
                "en-US": string;
            };
            /** @enum {string} */
            treatment: "pseudonymise" | "erase" | "hold";
            why: {
                "zh-CN": string;
                "en-US": string;
            };
            basis: string;
        };
        ExchangeBoardInput: {
            items: components["schemas"]["ExchangePostInput"][];
        };
        ExchangeMatchInput: {
            post: components["schemas"]["ExchangePostInput"];
            score: number;
            reasons: {
                "zh-CN": string;
                "en-US": string;
            }[];
        };
        ExchangePostInput: {
            id: string;
            /** @enum {string} */
            kind: "teacher_offer" | "teacher_request" | "experience";
            org: {
                id: string;
                name: string;
            };
            title: string;
            classCode: string;
            className: string;
            fields: string;
            days: number | null;
            capacity: number | null;
            startsOn: string;
            endsOn: string;
            description: string | null;
            /** @enum {string} */
            status: "open" | "closed";
            createdAt: string;
            isGenerated: boolean;
        };
        ExchangePostPayloadInput: {
            /** @enum {string} */
            kind: "teacher_offer" | "teacher_request" | "experience";
            title: string;
            classCode: components["schemas"]["MajorClassCodeInput"];
            fields: string;
            days?: number;
            capacity?: number;
            startsOn: components["schemas"]["IsoDateInput"];
            endsOn: components["schemas"]["IsoDateInput"];
            description?: string;
        };
        ExchangeTotalsInput: {
            year: number;
            rows: components["schemas"]["ExchangeTotalsRowInput"][];
        };
        ExchangeTotalsRowInput: {
            org: {
                id: string;
                name: string;
            };
            teacherDaysSent: number;
            teacherHoursSent: number;
            teacherDaysReceived: number;
            teacherHoursReceived: number;
            experienceActivities: number;
            experienceParticipants: number;
        };
        ExecutionRowInput: {
            /** @enum {string} */
            kind: "income" | "expense";
            category: string;
            budgetFen: number;
            actualFen: number;
            varianceFen: number;
            rate: string | null;
            overspent: boolean;
        };
        ExpertInput: {
            id: string;
            username: string;
            displayName: string;
            affiliations: components["schemas"]["AffiliationInput"][];
            pool: components["schemas"]["ExpertPoolInput"] | null;
        };
        ExpertListInput: {
            items: components["schemas"]["ExpertInput"][];
        };
        ExpertPoolInput: {
            shared: boolean;
            authorityOrgId: string | null;
            authorityName: string | null;
        };
        ExpertPoolPlaceInput: {
            /** Format: uuid */
            authorityOrgId: string | null;
        };
        ExpulsionInput: {
            id: string;
            body: {
                id: string;
                name: string;
            };
            org: {
                id: string;
                name: string;
            };
            ground: components["schemas"]["ExpulsionGroundInput"];
            facts: string;
            isAutomatic: boolean;
            evidenceMeetings: {
                id: string;
                title: string;
                heldOn: string;
            }[];
            /** @enum {string} */
            status: "proposed" | "on_agenda" | "expelled" | "not_expelled" | "dismissed";
            proposedAt: string;
            meeting: {
                id: string;
                title: string;
                heldOn: string;
            } | null;
            decidedOn: string | null;
            banEndsOn: string | null;
            dismissReason: string | null;
            noticeId: string | null;
            version: number;
        };
        ExpulsionGroundInput: 1 | 2 | 3 | 4;
        ExpulsionPayloadInput: {
            /** Format: uuid */
            orgId: string;
            ground: components["schemas"]["ExpulsionGroundInput"];
            facts: string;
        };
        FeaturesSectionInput: {
            featuresAndInnovation?: components["schemas"]["LongTextInput"];
            /** @default false */
            noViolationConfirmed?: boolean;
        };
        FieldChangeInput: {
            path: string;
            label: string;
            /** @enum {string} */
            kind: "added" | "removed" | "changed";
            before: unknown;
            after: unknown;
        };
        FieldCommentInput: {
            path: string;
            comment: string;
        };
        FinanceEntryInput: {
            id: string;
            /** @enum {string} */
            kind: "income" | "expense";
            category: string;
            occurredOn: string;
            amountFen: number;
            amount: string;
            description: string;
            counterparty: string | null;
            voucherNo: string | null;
            voided: boolean;
            voidReason: string | null;
            isGenerated: boolean;
        };
        FinanceEntryPayloadInput: {
            /** @enum {string} */
            kind: "income" | "expense";
            /** @enum {string} */
            category: "chair_unit_support" | "public_funding" | "service_income" | "member_support" | "other_income" | "secretariat_office" | "cooperation_projects" | "activities" | "other_expense";
            occurredOn: components["schemas"]["IsoDateInput"];
            amount: components["schemas"]["YuanInput"];
            description: string;
            counterparty?: string;
            voucherNo?: string;
        };
        FinanceLedgerInput: {
            year: number;
            items: components["schemas"]["FinanceEntryInput"][];
            openingFen: number;
            incomeFen: number;
            expenseFen: number;
            closingFen: number;
        };
        /** @default null */
        FormAmountInput: number | null;
        /** @default null */
        FormCountInput: number | null;
        /** @default null */
        FormPercentInput: number | null;
        /** @default null */
        FormPhoneInput: string | null;
        FormProblemInput: {
            path: string;
            label: string;
            /** @enum {string} */
            kind: "missing" | "invalid";
            message: string;
        };
        /** @default null */
        FormUsccInput: string | null;
        FoundingCertificatePayloadInput: {
            /** Format: uuid */
            orgId: string;
        };
        GapRowInput: {
            key: string;
            name: string;
            level: string | null;
            demand: number[];
            supply: number[];
            gap: number[];
            signs: ("shortage" | "surplus" | "balanced")[];
            totalDemand: number;
            totalSupply: number;
            totalGap: number;
            /** @enum {string} */
            sign: "shortage" | "surplus" | "balanced";
        };
        GapTableInput: {
            /** @enum {string} */
            groupBy: "major" | "class" | "category" | "industry" | "city";
            years: number[];
            cityCode: string | null;
            rows: components["schemas"]["GapRowInput"][];
            totals: {
                demand: number[];
                supply: number[];
                gap: number[];
            };
            rule: {
                "zh-CN": string;
                "en-US": string;
            };
        };
        GeneratedBlockInput: components["schemas"]["GeneratedTableInput"] | components["schemas"]["GeneratedTextInput"];
        GeneratedReportInput: {
            title: string;
            subtitle: string;
            /** @enum {string} */
            basis: "approved" | "all";
            chapters: {
                heading: string;
                blocks: components["schemas"]["GeneratedBlockInput"][];
            }[];
            leftOut: string[];
            differences: {
                table: string;
                column: string;
                stated: number;
                computed: number | null;
                source: string;
            }[];
        };
        GeneratedTableInput: {
            /** @enum {string} */
            kind: "table";
            caption: string;
            header: string[];
            labelColumns: number;
            rows: string[][];
            totals: string[] | null;
        };
        GeneratedTextInput: {
            /** @enum {string} */
            kind: "text";
            text: string;
        };
        GovernanceRemindersInput: {
            committeeTermDaysBefore: number;
        };
        GrantInput: {
            role: string;
            /** @enum {string} */
            scopeType: "system" | "org" | "body";
            scopeId: string | null;
            scopeName: string | null;
        };
        HandoverProjectInput: {
            id: string;
            name: string;
            role: string;
            status: string;
        };
        HolidayCalendarInput: {
            holidays: components["schemas"]["IsoDateInput"][];
            /** @default [] */
            workingDays?: components["schemas"]["IsoDateInput"][];
            weekendsAreRestDays: boolean;
        };
        HomeStudentsInput: {
            items: {
                id: string;
                name: string;
                studentNumber: string;
                major: string;
                courses: number;
                awaitingDecision: number;
                creditsRecognised: number;
            }[];
        };
        ImportResultInput: {
            imported: number;
            filename: string;
        };
        ImportRowErrorInput: {
            row: number;
            field: string | null;
            column: string | null;
            message: string;
        };
        ImportRowsInvalidInput: {
            error: {
                /** @enum {string} */
                code: "IMPORT_ROWS_INVALID";
                message: string;
                requestId?: string;
                params: {
                    errorRows: number;
                };
            };
            errors: components["schemas"]["ImportRowErrorInput"][];
            totalErrors: number;
            /** Format: uuid */
            reportId: string;
        };
        InboxItemInput: {
            /** Format: uuid */
            id: string;
            kind: string;
            module: components["schemas"]["NotificationModuleInput"];
            title: string;
            body: string;
            link: string;
            recordType: string;
            recordId: string;
            read: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        InboxPageInput: {
            items: components["schemas"]["InboxItemInput"][];
            nextCursor: string | null;
        };
        IndicatorPointInput: {
            id: string;
            indicatorCode: string;
            indicatorName: string;
            code: string;
            text: string;
            /** @enum {string} */
            kind: "score" | "deduction";
            maxScore: number | null;
            weight: number | null;
            position: number;
        };
        IndicatorPointsUpdateInput: {
            version: number;
            points: {
                /** Format: uuid */
                id: string;
                maxScore: number | null;
                weight: number | null;
            }[];
        };
        IndicatorSystemInput: {
            id: string;
            authorityOrgId: string;
            name: string;
            versionNo: number;
            basedOnId: string | null;
            frozenAt: string | null;
            note: string | null;
            points: components["schemas"]["IndicatorPointInput"][];
            totalMaxScore: number;
            maxDeduction: number;
            isGenerated: boolean;
            version: number;
            createdAt: string;
        };
        IndicatorSystemCreateInput: {
            /** Format: uuid */
            authorityOrgId: string;
            name: string;
            note?: string;
            /** Format: uuid */
            basedOnId?: string;
        };
        IndicatorSystemSummaryInput: {
            id: string;
            authorityOrgId: string;
            name: string;
            versionNo: number;
            basedOnId: string | null;
            frozenAt: string | null;
            note: string | null;
            totalMaxScore: number;
            maxDeduction: number;
            isGenerated: boolean;
            version: number;
            createdAt: string;
        };
        InnovationIssueInput: {
            id: string;
            number: number;
            label: string;
            name: string;
            publishedOn: string;
            itemCount: number;
        };
        InnovationIssuePayloadInput: {
            name: string;
            itemIds: string[];
        };
        InnovationIssueListInput: {
            items: components["schemas"]["InnovationIssueInput"][];
        };
        /** Format: date */
        IsoDateInput: string;
        IssuedCertificatesInput: {
            items: components["schemas"]["CertificateInput"][];
        };
        IssuedCredentialInput: {
            id: string;
            issuedAt: string;
            keyId: string;
            /** @enum {string} */
            status: "issued" | "withdrawn";
            withdrawnAt: string | null;
            withdrawReason: string | null;
            courses: number;
            creditsRecognised: number;
            verifyPath: string;
        };
        IssuedCredentialsInput: {
            items: components["schemas"]["IssuedCredentialInput"][];
        };
        JobInput: {
            /** Format: uuid */
            id: string;
            name: string;
            title: string;
            state: components["schemas"]["JobStateInput"];
            attempts: number;
            maxAttempts: number;
            /** Format: date-time */
            runAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            startedAt: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            lastError: string | null;
        };
        JobOverviewInput: {
            counts: {
                [key: string]: number;
            };
            items: components["schemas"]["JobInput"][];
            page: number;
            pageSize: number;
            schedules: components["schemas"]["JobScheduleInput"][];
        };
        JobScheduleInput: {
            name: string;
            title: string;
            schedule: string;
            /** Format: date-time */
            nextRunAt: string;
            /** Format: date-time */
            lastEnqueuedAt: string | null;
        };
        /** @enum {string} */
        JobStateInput: "queued" | "running" | "succeeded" | "failed";
        JoinApplicationInput: {
            id: string;
            body: {
                id: string;
                name: string;
            };
            org: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            status: "submitted" | "rejected" | "on_agenda" | "admitted" | "not_admitted";
            legalPersonStatus: string;
            qualifications: components["schemas"]["QualificationsInput"];
            reasons: string;
            contactName: string;
            contactTitle: string | null;
            contactPhone: string;
            contactEmail: string | null;
            submittedAt: string;
            reviewedAt: string | null;
            rejectionReason: string | null;
            meeting: {
                id: string;
                title: string;
                heldOn: string;
            } | null;
            decidedOn: string | null;
            certificateId: string | null;
            version: number;
        };
        JoinApplicationPayloadInput: {
            /** Format: uuid */
            orgId: string;
            legalPersonStatus: string;
            qualifications: components["schemas"]["QualificationsInput"];
            reasons: string;
            contactName: string;
            contactTitle?: string;
            contactPhone: components["schemas"]["PhoneInput"];
            /** Format: email */
            contactEmail?: string;
        };
        JoinApplicationReviewInput: {
            /** @enum {string} */
            decision: "approve";
            /** Format: uuid */
            meetingId?: string;
            version: number;
        } | {
            /** @enum {string} */
            decision: "reject";
            reason: string;
            version: number;
        };
        KindPreferenceInput: {
            kind: string;
            module: components["schemas"]["NotificationModuleInput"];
            label: string;
            channel: components["schemas"]["DeliveryChannelInput"];
            defaultChannel: components["schemas"]["DeliveryChannelInput"];
        };
        LearningRecordInput: {
            student: {
                id: string;
                name: string;
                studentNumber: string;
                major: string;
                home: {
                    id: string;
                    name: string;
                };
                isGenerated: boolean;
            };
            entries: components["schemas"]["LearningRecordEntryInput"][];
            creditsRecognised: number;
        };
        LearningRecordEntryInput: {
            nominationId: string;
            courseId: string;
            courseName: string;
            host: {
                id: string;
                name: string;
            };
            term: string;
            credits: number;
            hours: number;
            /** @enum {string} */
            grading: "score" | "pass_fail";
            score: number | null;
            passed: boolean | null;
            courseClosed: boolean;
            recognition: components["schemas"]["RecognitionInput"] | null;
        };
        LiaisonInput: {
            id: string;
            orgId: string;
            orgName: string;
            name: string;
            title: string | null;
            phone: string | null;
            email: string | null;
            version: number;
            abilities?: {
                update: boolean;
                reveal: boolean;
            };
        };
        LiaisonContactInput: {
            id: string;
            phone: string | null;
            email: string | null;
        };
        LiaisonPayloadInput: {
            /** Format: uuid */
            orgId: string;
            name: string;
            title: string;
            phone?: components["schemas"]["PhoneInput"];
            /** Format: email */
            email?: string;
        };
        LiaisonListInput: {
            liaisons: components["schemas"]["LiaisonInput"][];
            membersWithoutLiaison: {
                orgId: string;
                orgName: string;
            }[];
        };
        LiaisonUpdateInput: {
            name?: string;
            title?: string;
            phone?: components["schemas"]["PhoneInput"] | null;
            /** Format: email */
            email?: string | null;
            version: number;
        };
        ListHistoryItemInput: {
            from: string | null;
            to: string;
            action: string;
            reason: string | null;
            on: string;
            by: string | null;
            at: string;
        };
        ListItemInput: {
            id: string;
            /** @enum {string} */
            kind: "innovation" | "policy" | "training" | "service";
            name: string;
            summary: string;
            provider: string;
            org: {
                id: string;
                name: string;
            } | null;
            field: string | null;
            /** @enum {string|null} */
            budgetBand: "under_10" | "from_10_to_50" | "from_50_to_100" | "from_100_to_500" | "over_500" | "negotiable" | null;
            closesOn: string | null;
            contactName: string | null;
            contactPhone: string | null;
            validFrom: string | null;
            validUntil: string | null;
            links: string[];
            /** @enum {string} */
            status: "draft" | "published" | "withdrawn" | "expired";
            issue: {
                id: string;
                number: number;
                label: string;
            } | null;
            isGenerated: boolean;
            version: number;
            history: components["schemas"]["ListHistoryItemInput"][];
        };
        ListItemContactInput: {
            contactName: string | null;
            contactPhone: string | null;
        };
        ListItemPayloadInput: {
            /** @enum {string} */
            kind: "innovation" | "policy" | "training" | "service";
            name: string;
            summary: string;
            provider: string;
            /** Format: uuid */
            orgId?: string;
            field?: string;
            /** @enum {string} */
            budgetBand?: "under_10" | "from_10_to_50" | "from_50_to_100" | "from_100_to_500" | "over_500" | "negotiable";
            closesOn?: components["schemas"]["IsoDateInput"];
            contactName?: string;
            contactPhone?: components["schemas"]["PhoneInput"];
            validFrom?: components["schemas"]["IsoDateInput"];
            validUntil?: components["schemas"]["IsoDateInput"];
            /** @default [] */
            links?: string[];
        };
        ListItemListInput: {
            items: components["schemas"]["ListItemInput"][];
        };
        ListItemUpdateInput: {
            /** @enum {string} */
            kind: "innovation" | "policy" | "training" | "service";
            name: string;
            summary: string;
            provider: string;
            /** Format: uuid */
            orgId?: string;
            field?: string;
            /** @enum {string} */
            budgetBand?: "under_10" | "from_10_to_50" | "from_50_to_100" | "from_100_to_500" | "over_500" | "negotiable";
            closesOn?: components["schemas"]["IsoDateInput"];
            contactName?: string;
            contactPhone?: components["schemas"]["PhoneInput"];
            validFrom?: components["schemas"]["IsoDateInput"];
            validUntil?: components["schemas"]["IsoDateInput"];
            /** @default [] */
            links?: string[];
            version: number;
        };
        ListStatusPayloadInput: {
            /** @enum {string} */
            action: "publish" | "withdraw";
            reason?: string;
            version: number;
        };
        LocaleBodyInput: {
            /** @enum {string} */
            locale: "zh-CN" | "en-US";
        };
        LoginBodyInput: {
            username: string;
            password: string;
            totpCode?: string;
        };
        /** @default null */
        LongTextInput: string | null;
        MajorInput: {
            level: string;
            categoryCode: string;
            categoryName: string;
            classCode: string;
            className: string;
            code: string;
            name: string;
        };
        MajorClassCodeInput: string;
        MajorCodeInput: string;
        MajorRefInput: {
            code: string;
            name: string;
            level: string;
        };
        ManualAssignmentInput: {
            /** Format: uuid */
            expertId: string;
            /** Format: uuid */
            applicationId: string;
        };
        MarkAllReadBodyInput: {
            module?: components["schemas"]["NotificationModuleInput"];
        };
        MarkedCountInput: {
            updated: number;
        };
        MatchListInput: {
            demandId: string;
            position: string;
            terms: string[];
            ranking: {
                "zh-CN": string;
                "en-US": string;
            };
            results: components["schemas"]["MatchResultInput"][];
        };
        MatchReasonsInput: {
            codeMatches: {
                wanted: string;
                wantedName: string;
                offered: string;
                offeredName: string;
                /** @enum {string} */
                level: "exact" | "class" | "category";
            }[];
            termMatches: {
                term: string;
                offered: string;
                offeredName: string;
            }[];
            region: {
                /** @enum {string} */
                relation: "same_district" | "same_city" | "same_province" | "elsewhere";
                steps: number;
            };
            graduates: number[];
            placementsOffered: number;
            reasons: {
                "zh-CN": string;
                "en-US": string;
            }[];
        };
        MatchResultInput: {
            rank: number;
            school: {
                id: string;
                name: string;
                regionCode: string | null;
                regionName: string | null;
            };
            codeMatches: {
                wanted: string;
                wantedName: string;
                offered: string;
                offeredName: string;
                /** @enum {string} */
                level: "exact" | "class" | "category";
            }[];
            termMatches: {
                term: string;
                offered: string;
                offeredName: string;
            }[];
            region: {
                /** @enum {string} */
                relation: "same_district" | "same_city" | "same_province" | "elsewhere";
                steps: number;
            };
            graduates: number[];
            placementsOffered: number;
            reasons: {
                "zh-CN": string;
                "en-US": string;
            }[];
        };
        MeInput: {
            user: {
                id: string;
                username: string;
                displayName: string;
                isDemo: boolean;
                totpEnabled: boolean;
                mustChangePassword: boolean;
                preferredLocale: string;
            };
            roles: components["schemas"]["GrantInput"][];
            permissions: string[];
            totpEnrolmentRequired: boolean;
            demoMode: boolean;
            csrfToken: string;
        };
        MeetingInput: {
            id: string;
            bodyId: string;
            title: string;
            heldOn: string;
            location: string | null;
            /** @enum {string} */
            status: "scheduled" | "concluded";
            /** @enum {string} */
            minutesStatus: "none" | "draft" | "approved" | "published";
            itemCount: number;
            version: number;
            minutesText: string | null;
            minutesApprovedOn: string | null;
            minutesPublishedAt: string | null;
            items: components["schemas"]["AgendaItemInput"][];
            attendance: components["schemas"]["AttendanceRowInput"][];
            abilities: {
                manage: boolean;
                voteFor: string[];
            };
        };
        MeetingPayloadInput: {
            title: string;
            heldOn: components["schemas"]["IsoDateInput"];
            location?: string;
        };
        MeetingSummaryInput: {
            id: string;
            bodyId: string;
            title: string;
            heldOn: string;
            location: string | null;
            /** @enum {string} */
            status: "scheduled" | "concluded";
            /** @enum {string} */
            minutesStatus: "none" | "draft" | "approved" | "published";
            itemCount: number;
            version: number;
        };
        MemberEnterpriseInput: {
            id: components["schemas"]["RowIdInput"];
            /** @default {} */
            unit?: components["schemas"]["UnitRefInput"];
            employees?: components["schemas"]["FormCountInput"];
            assets?: components["schemas"]["FormAmountInput"];
            sales?: components["schemas"]["FormAmountInput"];
            cooperationBenefit2024?: components["schemas"]["FormAmountInput"];
        };
        MemberOtherInput: {
            id: components["schemas"]["RowIdInput"];
            /** @default {} */
            unit?: components["schemas"]["UnitRefInput"];
            /**
             * @default null
             * @enum {string|null}
             */
            nature?: "government" | "research" | "other" | null;
            headcount?: components["schemas"]["FormCountInput"];
            /** @default null */
            supportRole?: string | null;
            /** @default null */
            note?: string | null;
        };
        MemberSchoolInput: {
            id: components["schemas"]["RowIdInput"];
            /** @default {} */
            unit?: components["schemas"]["UnitRefInput"];
            /**
             * @default null
             * @enum {string|null}
             */
            level?: "secondary" | "higher_associate" | "higher_bachelor" | "undergraduate" | null;
            /** @default [] */
            majorCodes?: string[];
            students?: components["schemas"]["FormCountInput"];
            relatedStudents?: components["schemas"]["FormCountInput"];
        };
        MemberUnitInput: {
            id: string;
            name: string;
        };
        MembersSectionInput: {
            /** @default [] */
            enterprises?: components["schemas"]["MemberEnterpriseInput"][];
            /** @default [] */
            schools?: components["schemas"]["MemberSchoolInput"][];
            /** @default [] */
            others?: components["schemas"]["MemberOtherInput"][];
        };
        MembershipQueuesInput: {
            applications: components["schemas"]["JoinApplicationInput"][];
            withdrawals: components["schemas"]["WithdrawalInput"][];
            expulsions: components["schemas"]["ExpulsionInput"][];
            certificates: components["schemas"]["CertificateInput"][];
            foundingWithoutCertificate: {
                id: string;
                name: string;
            }[];
        };
        MilestoneDonePayloadInput: {
            doneOn: components["schemas"]["IsoDateInput"];
            note?: string;
        };
        MilestonePayloadInput: {
            title: string;
            dueOn: components["schemas"]["IsoDateInput"];
        };
        MinutesPayloadInput: {
            text: string;
            version: number;
        };
        MyEvaluationsInput: {
            items: {
                id: string;
                cycle: {
                    id: string;
                    title: string;
                    reportYear: number;
                };
                report: {
                    id: string;
                    org: {
                        id: string;
                        name: string;
                    };
                    /** @enum {string} */
                    level: "school_secondary" | "school_higher" | "district" | "enterprise";
                };
                /** @enum {string} */
                status: "assigned" | "submitted" | "conflict";
                assignedAt: string;
                submittedAt: string | null;
            }[];
        };
        MyExchangePostsInput: {
            items: {
                post: components["schemas"]["ExchangePostInput"];
                matches: components["schemas"]["ExchangeMatchInput"][];
            }[];
        };
        MyReportsInput: {
            items: {
                id: string;
                cycle: {
                    id: string;
                    title: string;
                    reportYear: number;
                };
                org: {
                    id: string;
                    name: string;
                };
                /** @enum {string} */
                level: "school_secondary" | "school_higher" | "district" | "enterprise";
                /** @enum {string} */
                status: "draft" | "submitted" | "returned" | "reviewed" | "approved";
                updatedAt: string;
            }[];
        };
        NominationInput: {
            id: string;
            home: {
                id: string;
                name: string;
            };
            studentName: string;
            studentNumber: string;
            major: string;
            studentId: string;
            /** @enum {string} */
            status: "nominated" | "accepted" | "declined";
            declineReason: string | null;
            score: number | null;
            passed: boolean | null;
            resultRecordedAt: string | null;
            revealed: boolean;
            attendance: components["schemas"]["AttendanceSummaryInput"] | null;
        };
        NominationPayloadInput: {
            /** Format: uuid */
            homeOrgId: string;
            students: components["schemas"]["StudentPayloadInput"][];
        };
        NoticeInput: {
            id: string;
            bodyId: string;
            /** @enum {string} */
            kind: "withdrawal" | "expulsion";
            org: {
                id: string;
                name: string;
            };
            title: string;
            text: string;
            publishedOn: string;
        };
        /** @enum {string} */
        NotificationModuleInput: "accounts" | "governance" | "selection" | "reports" | "talent" | "resources" | "system";
        NotificationSettingsInput: {
            emailEnabled: boolean;
            email: string | null;
            /** @enum {string} */
            emailLocale: "zh-CN" | "en-US";
            kinds: components["schemas"]["KindPreferenceInput"][];
        };
        NotificationSettingsUpdateInput: {
            /** Format: email */
            email?: string | null;
            /** @enum {string} */
            emailLocale?: "zh-CN" | "en-US";
            channels?: {
                [key: string]: components["schemas"]["DeliveryChannelInput"];
            };
        };
        OccupationCodeInput: string;
        OfficeInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "secretariat" | "expert_committee" | "standing_committee";
            name: string;
            duties: string | null;
            posts: {
                /** @enum {string} */
                post: "secretary_general" | "director" | "deputy_director" | "member";
                holders: components["schemas"]["AppointmentInput"][];
                term: components["schemas"]["TermInput"] | null;
            }[];
            history: components["schemas"]["AppointmentInput"][];
            documents: components["schemas"]["OfficeDocumentInput"][];
        };
        OfficeDocumentInput: {
            /** Format: uuid */
            id: string;
            year: number;
            /** @enum {string} */
            kind: "work_rules" | "annual_report";
            title: string;
            content: string;
            file: {
                /** Format: uuid */
                id: string;
                filename: string;
            } | null;
            submittedBy: string | null;
            submittedAt: string;
        };
        OfficeDocumentPayloadInput: {
            year: number;
            /** @enum {string} */
            kind: "work_rules" | "annual_report";
            title: string;
            content: string;
            /** Format: uuid */
            fileId?: string;
        };
        OfficePayloadInput: {
            /** @enum {string} */
            kind: "secretariat" | "expert_committee" | "standing_committee";
            name: string;
            duties?: string;
        };
        OfficeUploadInput: {
            /** Format: uuid */
            id: string;
            filename: string;
            size: number;
        };
        OfficesViewInput: {
            offices: components["schemas"]["OfficeInput"][];
            termRule: string;
            /** @enum {string} */
            parameterSource: "charter" | "default";
            abilities: {
                manage: boolean;
            };
        };
        OkInput: {
            /** @enum {boolean} */
            ok: true;
        };
        /** @default null */
        OptionalDateInput: components["schemas"]["IsoDateInput"] | null;
        OptionalUsccInput: components["schemas"]["UsccInput"];
        OrgInput: {
            id: string;
            name: string;
            shortName: string | null;
            uscc: string | null;
            /** @enum {string} */
            type: "secondary_vocational" | "higher_vocational" | "vocational_undergraduate" | "university" | "enterprise" | "industry_association" | "education_authority" | "government" | "park" | "research_institute" | "training_institution" | "other";
            /** @enum {string|null} */
            level: "secondary" | "higher_associate" | "higher_bachelor" | "bachelor" | null;
            regionCode: string;
            regionName: string | null;
            address: string | null;
            legalRepresentative: string | null;
            website: string | null;
            description: string | null;
            isGenerated: boolean;
            version: number;
            createdAt: string;
            updatedAt: string;
            abilities?: {
                update: boolean;
            };
        };
        OrgGovernanceCasesInput: {
            applications: components["schemas"]["JoinApplicationInput"][];
            withdrawals: components["schemas"]["WithdrawalInput"][];
            certificates: {
                id: string;
                bodyId: string;
                org: {
                    id: string;
                    name: string;
                };
                number: string;
                issuedOn: string;
                returnedOn: string | null;
                bodyName: string;
            }[];
        };
        OrgPayloadInput: {
            name: string;
            shortName?: string;
            uscc?: components["schemas"]["OptionalUsccInput"];
            /** @enum {string} */
            type: "secondary_vocational" | "higher_vocational" | "vocational_undergraduate" | "university" | "enterprise" | "industry_association" | "education_authority" | "government" | "park" | "research_institute" | "training_institution" | "other";
            /** @enum {string|null} */
            level?: "secondary" | "higher_associate" | "higher_bachelor" | "bachelor" | null;
            regionCode: string;
            address?: string;
            legalRepresentative?: string;
            website?: string;
            description?: string;
        };
        OrgMembershipInput: {
            bodyId: string;
            bodyName: string;
            /** @enum {string} */
            kind: "alliance" | "consortium" | "community" | "district_alliance";
            /** @enum {string} */
            memberRole: "founding" | "lead_school" | "lead_enterprise" | "lead_park" | "chair" | "member";
            joinedOn: string;
            leftOn: string | null;
        };
        OrgPageInput: {
            items: {
                id: string;
                name: string;
                shortName: string | null;
                uscc: string | null;
                /** @enum {string} */
                type: "secondary_vocational" | "higher_vocational" | "vocational_undergraduate" | "university" | "enterprise" | "industry_association" | "education_authority" | "government" | "park" | "research_institute" | "training_institution" | "other";
                /** @enum {string|null} */
                level: "secondary" | "higher_associate" | "higher_bachelor" | "bachelor" | null;
                regionCode: string;
                regionName: string | null;
                address: string | null;
                legalRepresentative: string | null;
                website: string | null;
                description: string | null;
                isGenerated: boolean;
                version: number;
                createdAt: string;
                updatedAt: string;
            }[];
            total: number;
            page: number;
            pageSize: number;
        };
        OrgParticipationInput: {
            items: {
                body: {
                    id: string;
                    name: string;
                };
                kinds: {
                    activities: number;
                    registered: number;
                    attended: number;
                    awards: number;
                    /** @enum {string} */
                    kind: "training" | "observation" | "competition" | "summer_camp" | "other";
                }[];
            }[];
        };
        OrgUpdateInput: {
            name?: string;
            shortName?: string;
            uscc?: components["schemas"]["OptionalUsccInput"];
            /** @enum {string} */
            type?: "secondary_vocational" | "higher_vocational" | "vocational_undergraduate" | "university" | "enterprise" | "industry_association" | "education_authority" | "government" | "park" | "research_institute" | "training_institution" | "other";
            /** @enum {string|null} */
            level?: "secondary" | "higher_associate" | "higher_bachelor" | "bachelor" | null;
            regionCode?: string;
            address?: string;
            legalRepresentative?: string;
            website?: string;
            description?: string;
            version: number;
        };
        OutcomePayloadInput: {
            /** @enum {string} */
            kind: "award" | "certificate" | "note";
            title: string;
            /** Format: uuid */
            orgId?: string;
            /** Format: uuid */
            participantId?: string;
            note?: string;
            /** @default [] */
            evidenceIds?: string[];
        };
        OverviewSectionInput: {
            establishedOn?: components["schemas"]["OptionalDateInput"];
            /** @default null */
            leaderName?: string | null;
            /** @default null */
            leaderTitleAndContact?: string | null;
            /** @default {} */
            secretariat?: {
                /** @default {} */
                hostUnit?: components["schemas"]["UnitRefInput"];
                /** @default null */
                head?: string | null;
                officeArea?: components["schemas"]["FormAmountInput"];
                phone?: components["schemas"]["FormPhoneInput"];
                staffTotal?: components["schemas"]["FormCountInput"];
                fullTime?: components["schemas"]["FormCountInput"];
                partTime?: components["schemas"]["FormCountInput"];
                /** @default null */
                staffNames?: string | null;
            };
            /** @default {} */
            funding?: {
                y2026?: components["schemas"]["FormAmountInput"];
                y2027?: components["schemas"]["FormAmountInput"];
                y2028?: components["schemas"]["FormAmountInput"];
            };
            /** @default {} */
            fundingSources2026?: {
                leadUnits?: components["schemas"]["FormAmountInput"];
                government?: components["schemas"]["FormAmountInput"];
                otherMembers?: components["schemas"]["FormAmountInput"];
                otherChannels?: components["schemas"]["FormAmountInput"];
            };
            parkOutput2025?: components["schemas"]["FormAmountInput"];
            parkLeadingIndustries?: components["schemas"]["LongTextInput"];
            localPolicies?: components["schemas"]["LongTextInput"];
        };
        OwnBallotInput: {
            orgId: string;
            /** @enum {string} */
            choice: "yes" | "no" | "abstain";
            /** @enum {string} */
            castVia: "representative" | "paper";
            castAt: string;
        };
        PanelExpertInput: {
            id: string;
            username: string;
            displayName: string;
            affiliations: components["schemas"]["AffiliationInput"][];
            load: number;
            submitted: number;
        };
        PanelScoreInput: {
            label: string;
            own: boolean;
            /** @enum {string} */
            status: "assigned" | "submitted";
            total: string | null;
            byIndicator: {
                [key: string]: string;
            };
        };
        PanelUpdateInput: {
            expertIds: string[];
        };
        ParamCountInput: number;
        /** Format: date */
        ParamDateInput: string;
        ParamTextInput: string;
        ParticipantPayloadInput: {
            name: string;
            title: string;
            phone: components["schemas"]["PhoneInput"];
        };
        ParticipationInput: {
            year: number;
            items: components["schemas"]["ParticipationRowInput"][];
        };
        ParticipationRowInput: {
            activities: number;
            registered: number;
            attended: number;
            awards: number;
            org: {
                id: string;
                name: string;
            };
        };
        PasswordResetBodyInput: {
            temporaryPassword: string;
        };
        PasswordResetRequestBodyInput: {
            /** Format: uuid */
            userId: string;
            reason: string;
            temporaryPassword: string;
        };
        PeopleListInput: {
            items: components["schemas"]["PersonSummaryInput"][];
        };
        PeriodInput: {
            years?: number;
            months?: number;
            days?: number;
        };
        PermissionInfoInput: {
            name: components["schemas"]["PermissionNameInput"];
            /** @enum {string} */
            duty: "system" | "security" | "audit" | "business" | "common";
            label: string;
        };
        /** @enum {string} */
        PermissionNameInput: "dashboard.read" | "org.read" | "body.read" | "org.create" | "org.import" | "org.update" | "body.create" | "body.update" | "body.member.manage" | "liaison.manage" | "personal.unmask" | "personal.rights" | "governance.chair.manage" | "governance.office.manage" | "governance.workplan.manage" | "governance.workplan.report" | "governance.bulletin.draft" | "governance.bulletin.manage" | "governance.charter.register" | "governance.meeting.manage" | "governance.membership.review" | "governance.membership.apply" | "governance.vote.cast" | "governance.certificate.download" | "governance.finance.read" | "governance.finance.manage" | "governance.activity.manage" | "governance.activity.register" | "governance.project.propose" | "governance.project.manage" | "user.read" | "user.manage" | "user.role.assign" | "jobs.manage" | "role.read" | "role.permission.edit" | "security.unlock" | "admin.request.decide" | "audit.read" | "audit.export" | "audit.verify" | "selection.call.manage" | "selection.application.edit" | "selection.review.manage" | "selection.review.score" | "talent.demand.edit" | "talent.supply.edit" | "talent.analysis.manage" | "reports.cycle.manage" | "reports.registers.manage" | "reports.report.publish" | "reports.compliance.manage" | "reports.compliance.score" | "reports.data.collect" | "reports.data.review" | "reports.data.approve" | "resources.survey.manage" | "resources.survey.fill" | "resources.database.read" | "resources.exchange.edit" | "resources.course.host" | "resources.course.nominate" | "resources.credit.recognise" | "talent.list.manage" | "talent.report.manage";
        PersonInput: {
            /** @enum {string} */
            kind: "student" | "teacher";
            id: string;
            org: {
                id: string;
                name: string;
            };
            name: string;
            identifier: string | null;
            records: number;
            erasedAt: string | null;
            major: string | null;
            courses: components["schemas"]["PersonCourseInput"][];
            exchanges: components["schemas"]["PersonExchangeInput"][];
            hostedCourses: components["schemas"]["PersonHostedCourseInput"][];
            creditsRecognised: number;
            erasureRules: components["schemas"]["ErasureRuleInput"][];
            mayReveal: boolean;
            mayHandle: boolean;
        };
        PersonCourseInput: {
            courseName: string;
            host: {
                id: string;
                name: string;
            };
            term: string;
            credits: number;
            status: string;
            score: number | null;
            passed: boolean | null;
            recognition: {
                outcome: string;
                credits: number;
                grade: string | null;
                ownCourseName: string | null;
            } | null;
        };
        PersonExchangeInput: {
            id: string;
            partner: string;
            place: string;
            startsOn: string;
            endsOn: string;
            status: string;
            hours: number | null;
        };
        PersonHostedCourseInput: {
            id: string;
            courseName: string;
            term: string;
            hours: number;
            credits: number;
            status: string;
        };
        PersonSummaryInput: {
            /** @enum {string} */
            kind: "student" | "teacher";
            id: string;
            org: {
                id: string;
                name: string;
            };
            name: string;
            identifier: string | null;
            records: number;
            erasedAt: string | null;
        };
        PhoneInput: string;
        PlacementFiguresInput: {
            year: number;
            internshipPersonMonths: number;
            teacherPersonMonths: number;
            apprenticePlaces: number;
            jobHeadcount: number;
            apprenticeRatio: number | null;
        };
        PlacementOfferInput: {
            id: string;
            org: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            kind: "internship" | "apprenticeship";
            job: {
                id: string;
                position: string;
            } | null;
            position: string;
            places: number;
            taken: number;
            startsOn: string;
            endsOn: string;
            year: number;
            takeUps: components["schemas"]["PlacementTakeUpInput"][];
            isGenerated: boolean;
        };
        PlacementOfferPayloadInput: {
            /** Format: uuid */
            orgId: string;
            /** @enum {string} */
            kind: "internship" | "apprenticeship";
            /** Format: uuid */
            jobId?: string;
            position: string;
            places: number;
            startsOn: components["schemas"]["IsoDateInput"];
            endsOn: components["schemas"]["IsoDateInput"];
        };
        PlacementSchoolMatchListInput: {
            offerId: string;
            org: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            kind: "internship" | "apprenticeship";
            position: string;
            places: number;
            startsOn: string;
            majors: {
                code: string;
                name: string;
            }[];
            terms: string[];
            ranking: {
                "zh-CN": string;
                "en-US": string;
            };
            results: components["schemas"]["MatchResultInput"][];
        };
        PlacementSuggestionInput: {
            body: {
                id: string;
                name: string;
            } | null;
            figures: {
                year: number;
                internshipPersonMonths: number;
                teacherPersonMonths: number;
                apprenticePlaces: number;
                jobHeadcount: number;
                apprenticeRatio: number | null;
                talentDemandReports: number;
            }[];
            formulas: {
                internship: string;
                teacher: string;
                ratio: string;
                reports: string;
            } | null;
        };
        PlacementSummaryInput: {
            consortium: components["schemas"]["PlacementFiguresInput"][];
            enterprises: {
                org: {
                    id: string;
                    name: string;
                };
                figures: components["schemas"]["PlacementFiguresInput"][];
            }[];
            formulas: {
                internship: string;
                teacher: string;
                ratio: string;
            };
        };
        PlacementTakeUpInput: {
            id: string;
            school: {
                id: string;
                name: string;
            };
            students: number;
            months: number;
            personMonths: number;
            isGenerated: boolean;
        };
        PlacementTakeUpPayloadInput: {
            /** Format: uuid */
            schoolOrgId: string;
            students: number;
            months: number;
        };
        PlacementsInput: {
            offers: components["schemas"]["PlacementOfferInput"][];
            practices: components["schemas"]["TeacherPracticeInput"][];
            summary: components["schemas"]["PlacementSummaryInput"];
            jobs: {
                id: string;
                orgId: string;
                position: string;
                headcount: number;
            }[];
        };
        PlanSectionInput: {
            constructionPlan?: components["schemas"]["LongTextInput"];
        };
        ProgressRowInput: {
            org: {
                id: string;
                name: string;
            };
            cityName: string | null;
            /** @enum {string} */
            status: "not_started" | "draft" | "submitted" | "accepted" | "reopened";
            completeness: components["schemas"]["CompletenessInput"];
            submittedAt: string | null;
            acceptedAt: string | null;
            reopenReason: string | null;
        };
        ProjectInput: {
            id: string;
            title: string;
            initiativePoint: number | null;
            proposer: {
                id: string;
                name: string;
            };
            lead: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            phase: "proposed" | "under_review" | "approved" | "rejected" | "in_progress" | "completed" | "terminated";
            participantCount: number;
            milestonesDone: number;
            milestonesTotal: number;
            plannedStartOn: string | null;
            plannedEndOn: string | null;
            isGenerated: boolean;
            summary: string;
            participants: {
                org: {
                    id: string;
                    name: string;
                };
                /** @enum {string} */
                role: "lead" | "participant";
                joinedOn: string;
            }[];
            milestones: components["schemas"]["ProjectMilestoneInput"][];
            approval: {
                meetingId: string;
                meetingTitle: string;
                heldOn: string;
                itemId: string;
                voteStatus: string;
                passed: boolean | null;
                resolutionNo: number | null;
            } | null;
            startedOn: string | null;
            closedOn: string | null;
            closingReason: string | null;
            version: number;
            abilities: {
                manage: boolean;
                report: boolean;
            };
        };
        ProjectAgendaPayloadInput: {
            /** Format: uuid */
            meetingId?: string;
        };
        ProjectListInput: {
            items: components["schemas"]["ProjectSummaryInput"][];
        };
        ProjectMilestoneInput: {
            id: string;
            title: string;
            dueOn: string;
            doneOn: string | null;
            note: string | null;
            late: boolean;
        };
        ProjectParticipantPayloadInput: {
            /** Format: uuid */
            orgId: string;
            joinedOn: components["schemas"]["IsoDateInput"];
        };
        ProjectProposalInput: {
            /** Format: uuid */
            proposerOrgId: string;
            /** Format: uuid */
            leadOrgId?: string;
            title: string;
            summary: string;
            initiativePoint?: number;
            plannedStartOn?: components["schemas"]["IsoDateInput"];
            plannedEndOn?: components["schemas"]["IsoDateInput"];
            /** @default [] */
            participantOrgIds?: string[];
        };
        ProjectStatusPayloadInput: {
            /** @enum {string} */
            action: "start" | "complete" | "terminate";
            on: components["schemas"]["IsoDateInput"];
            reason?: string;
            version: number;
        };
        ProjectSummaryInput: {
            id: string;
            title: string;
            initiativePoint: number | null;
            proposer: {
                id: string;
                name: string;
            };
            lead: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            phase: "proposed" | "under_review" | "approved" | "rejected" | "in_progress" | "completed" | "terminated";
            participantCount: number;
            milestonesDone: number;
            milestonesTotal: number;
            plannedStartOn: string | null;
            plannedEndOn: string | null;
            isGenerated: boolean;
        };
        PublicBulletinInput: {
            /** Format: uuid */
            id: string;
            bodyName: string;
            issueNumber: number | null;
            subject: string;
            headline: string | null;
            eventOn: string | null;
            content: string;
            keywords: string[];
            reportTo: string | null;
            copyTo: string | null;
            issuer: string | null;
            issuedOn: string | null;
            draftedBy: string | null;
            reviewedBy: string | null;
            viewCount: number;
            shareCount: number;
            org: {
                name: string;
            };
        };
        PublicBulletinListInput: {
            items: components["schemas"]["PublicBulletinInput"][];
            total: number;
        };
        PublicCallPageInput: {
            items: components["schemas"]["CallSummaryInput"][];
            total: number;
            page: number;
            pageSize: number;
        };
        PublicColumnInput: {
            org: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            kind: "city" | "district";
            years: {
                reportYear: number;
                cycleTitle: string;
                own: components["schemas"]["PublicEntryInput"] | null;
                districts: components["schemas"]["PublicEntryInput"][];
                schools: components["schemas"]["PublicEntryInput"][];
                enterprises: components["schemas"]["PublicEntryInput"][];
            }[];
        };
        PublicColumnsInput: {
            items: {
                org: {
                    id: string;
                    name: string;
                };
                /** @enum {string} */
                kind: "city" | "district";
                published: number;
            }[];
        };
        PublicEntryInput: {
            org: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            level: "school_secondary" | "school_higher" | "district" | "enterprise" | "authority";
            title: string;
            publication: components["schemas"]["PublicationInput"];
            columnOrgId: string | null;
        };
        PublicReportInput: {
            org: {
                id: string;
                name: string;
            };
            column: {
                id: string;
                name: string;
            };
            reportYear: number;
            publication: components["schemas"]["PublicationInput"];
            report: components["schemas"]["GeneratedReportInput"];
        };
        PublicResultEntryInput: {
            rank: number;
            tied: boolean;
            consortiumName: string;
            parkName: string;
            total: string;
            recommended: boolean;
        };
        PublicResultsInput: {
            call: {
                id: string;
                title: string;
                documentNumber: string | null;
                authorityName: string;
            };
            publishedAt: string;
            notice: components["schemas"]["ResultNoticeInput"];
            publicityOver: boolean;
            entries: components["schemas"]["PublicResultEntryInput"][];
        };
        PublicShortageCatalogueInput: {
            title: string;
            startYear: number;
            publishedAt: string | null;
            rule: {
                "zh-CN": string;
                "en-US": string;
            };
            entries: {
                majorCode: string;
                majorName: string;
                level: string;
                className: string;
                categoryName: string;
                demand: number;
                supply: number;
                gap: number;
                enterprises: number;
            }[];
        };
        PublicTalentListsInput: {
            body: {
                id: string;
                name: string;
            };
            shortage: components["schemas"]["PublicShortageCatalogueInput"] | null;
            enterprises: {
                org: {
                    id: string;
                    name: string;
                };
                region: {
                    code: string;
                    name: string;
                } | null;
                listedOn: string | null;
            }[];
            jobs: {
                id: string;
                org: {
                    id: string;
                    name: string;
                };
                position: string;
                occupation: string;
                occupationCode: string | null;
                majors: components["schemas"]["MajorRefInput"][];
                /** @enum {string} */
                educationLevel: "secondary" | "higher_associate" | "higher_bachelor";
                headcount: number;
                duties: string | null;
                validUntil: string | null;
                /** @enum {string} */
                status: "draft" | "published" | "withdrawn" | "expired";
                updatedAt: string;
            }[];
            items: {
                id: string;
                /** @enum {string} */
                kind: "innovation" | "policy" | "training" | "service";
                name: string;
                summary: string;
                provider: string;
                org: {
                    id: string;
                    name: string;
                } | null;
                field: string | null;
                /** @enum {string|null} */
                budgetBand: "under_10" | "from_10_to_50" | "from_50_to_100" | "from_100_to_500" | "over_500" | "negotiable" | null;
                closesOn: string | null;
                contactName: string | null;
                contactPhone: string | null;
                validFrom: string | null;
                validUntil: string | null;
                links: string[];
                /** @enum {string} */
                status: "draft" | "published" | "withdrawn" | "expired";
                issue: {
                    id: string;
                    number: number;
                    label: string;
                } | null;
            }[];
            issues: components["schemas"]["InnovationIssueInput"][];
            students: {
                byMajor: {
                    key: string;
                    name: string;
                    students: number;
                    seekingPlacement: number;
                }[];
                byLevel: {
                    key: string;
                    name: string;
                    students: number;
                    seekingPlacement: number;
                }[];
                byYear: {
                    key: string;
                    name: string;
                    students: number;
                    seekingPlacement: number;
                }[];
            };
        };
        PublicTalentReportsInput: {
            body: {
                id: string;
                name: string;
            };
            items: {
                id: string;
                /** @enum {string} */
                kind: "quarterly" | "yearly";
                year: number;
                quarter: number | null;
                periodLabel: string;
                title: string;
                numberLabel: string | null;
                publishedOn: string | null;
            }[];
        };
        PublicUrlInput: string;
        PublicationInput: {
            /** @enum {string} */
            form: "school_website" | "enterprise_website" | "district_website" | "city_website";
            publishedOn: string;
            url: string;
            publicPath: string;
            onTime: boolean;
        };
        PublicationPayloadInput: {
            /** @enum {string} */
            form: "school_website" | "enterprise_website" | "district_website" | "city_website";
            publishedOn?: components["schemas"]["IsoDateInput"];
            url: components["schemas"]["PublicUrlInput"];
        };
        PublicationStateInput: {
            publication: components["schemas"]["PublicationInput"] | null;
            publishDeadline: string;
            blockedReason: string | null;
            mayPublish: boolean;
            mayWithdraw: boolean;
            /** @enum {string} */
            suggestedForm: "school_website" | "enterprise_website" | "district_website" | "city_website";
            withdrawals: {
                at: string;
                reason: string;
                actorName: string | null;
            }[];
        };
        PublicationWithdrawalInput: {
            reason: string;
        };
        QualificationsInput: {
            registeredLegalPerson: boolean;
            endorsesCharter: boolean;
            capacity: boolean;
            capacityStatement: string;
            willingToCooperate: boolean;
        };
        QuorumInput: {
            numerator: number;
            denominator: number;
            /** @enum {string} */
            comparator: "gte" | "gt";
            /** @enum {string} */
            base: "entitled";
        };
        ReadStateBodyInput: {
            read: boolean;
        };
        ReceiptPayloadInput: {
            receivedOn: components["schemas"]["IsoDateInput"];
            version: number;
        };
        RecognitionInput: {
            /** @enum {string} */
            outcome: "recognised" | "converted" | "refused";
            ownCourseName: string | null;
            credits: number;
            grade: string | null;
            ruleId: string | null;
            reason: string | null;
            decidedAt: string;
            version: number;
        };
        RecognitionPayloadInput: {
            /** @enum {string} */
            outcome: "recognised" | "converted" | "refused";
            ownCourseName?: string;
            ownCredits?: number;
            reason?: string;
            version: number;
        };
        RecognitionReasonInput: string;
        RegionInput: {
            code: string;
            name: string;
            /** @enum {string} */
            level: "province" | "city" | "district";
            parentCode: string | null;
        };
        RegionCodeInput: string;
        RegisterBlockInput: {
            chapter: string;
            caption: string;
            filter: {
                /** @enum {string} */
                kind?: "project" | "honour" | "award" | "base" | "centre";
                /** @enum {string} */
                level?: "national" | "city" | "district";
                year?: number;
                /** @enum {string} */
                schoolLevel?: "secondary" | "higher";
                sourceTable?: string;
                keyword?: string;
            };
        };
        RegisterBlocksInput: {
            blocks: {
                chapter: string;
                caption: string;
                filter: {
                    /** @enum {string} */
                    kind?: "project" | "honour" | "award" | "base" | "centre";
                    /** @enum {string} */
                    level?: "national" | "city" | "district";
                    year?: number;
                    /** @enum {string} */
                    schoolLevel?: "secondary" | "higher";
                    sourceTable?: string;
                    keyword?: string;
                };
                entryCount: number;
            }[];
            revision: string;
            mayManage: boolean;
        };
        RegisterBlocksPayloadInput: {
            blocks: components["schemas"]["RegisterBlockInput"][];
            revision?: string;
        };
        RegisterCaseInput: {
            id: string;
            title: string;
            schools: {
                orgId: string | null;
                name: string;
            }[];
            chapter: string | null;
            text: string;
            images: components["schemas"]["RegisterImageInput"][];
            version: number;
        };
        RegisterCasePayloadInput: {
            title: string;
            schools: string[];
            chapter?: string;
            text: string;
            /** @default [] */
            imageIds?: string[];
        };
        RegisterCaseListInput: {
            items: components["schemas"]["RegisterCaseInput"][];
            mayManage: boolean;
        };
        RegisterCaseUpdateInput: {
            title: string;
            schools: string[];
            chapter?: string;
            text: string;
            /** @default [] */
            imageIds?: string[];
            version: number;
        };
        RegisterEntryInput: {
            id: string;
            /** @enum {string} */
            kind: "project" | "honour" | "award" | "base" | "centre";
            /** @enum {string} */
            level: "national" | "city" | "district";
            year: number;
            /** @enum {string} */
            schoolLevel: "secondary" | "higher";
            name: string;
            holder: {
                orgId: string | null;
                name: string;
            };
            majorCode: string | null;
            majorName: string | null;
            people: string[];
            extra: {
                [key: string]: string;
            };
            sourceTable: string | null;
            version: number;
        };
        RegisterEntryPayloadInput: {
            /** @enum {string} */
            kind: "project" | "honour" | "award" | "base" | "centre";
            /** @enum {string} */
            level: "national" | "city" | "district";
            year: number;
            /** @enum {string} */
            schoolLevel: "secondary" | "higher";
            name: string;
            holderSchool: string;
            majorCode?: components["schemas"]["MajorCodeInput"];
            majorName?: string;
            /** @default [] */
            people?: string[];
            /** @default {} */
            extra?: {
                [key: string]: string;
            };
            sourceTable?: string;
        };
        RegisterEntryListInput: {
            items: components["schemas"]["RegisterEntryInput"][];
            sourceTables: string[];
            mayManage: boolean;
        };
        RegisterEntryUpdateInput: {
            /** @enum {string} */
            kind: "project" | "honour" | "award" | "base" | "centre";
            /** @enum {string} */
            level: "national" | "city" | "district";
            year: number;
            /** @enum {string} */
            schoolLevel: "secondary" | "higher";
            name: string;
            holderSchool: string;
            majorCode?: components["schemas"]["MajorCodeInput"];
            majorName?: string;
            /** @default [] */
            people?: string[];
            /** @default {} */
            extra?: {
                [key: string]: string;
            };
            sourceTable?: string;
            version: number;
        };
        RegisterImageInput: {
            id: string;
            filename: string;
            size: number;
        };
        RegistrationPayloadInput: {
            /** Format: uuid */
            orgId: string;
            participants: components["schemas"]["ParticipantPayloadInput"][];
        };
        ReminderRulesInput: {
            source: string;
            label: string;
            /** Format: uuid */
            scopeId: string;
            offsetsDays: number[];
            defaultOffsetsDays: number[];
            isDefault: boolean;
            overdueAllowed: boolean;
            version: number | null;
        };
        ReminderRulesPayloadInput: {
            offsetsDays: number[];
            version: number | null;
        };
        ReminderRulesListInput: {
            items: components["schemas"]["ReminderRulesInput"][];
            abilities: {
                change: boolean;
            };
        };
        ReportApprovalInput: {
            version: number;
            signatoryName: string;
            /** @enum {boolean} */
            statementAccepted: true;
        };
        ReportCountInput: number;
        ReportDataInput: {
            structure: {
                studentsTotal: components["schemas"]["ReportCountInput"] | null;
                newIntake: components["schemas"]["ReportCountInput"] | null;
                staffInPost: components["schemas"]["ReportCountInput"] | null;
                majorsSecondary: components["schemas"]["ReportCountInput"] | null;
                majorsThroughHigher: components["schemas"]["ReportCountInput"] | null;
                majorsThroughBachelor: components["schemas"]["ReportCountInput"] | null;
                majorsFiveYear: components["schemas"]["ReportCountInput"] | null;
            };
            facilities: {
                equipmentValue: number | null;
                equipmentValueIncrease: number | null;
                workstations: components["schemas"]["ReportCountInput"] | null;
                openCentres: {
                    centreName: string;
                    /** @enum {string} */
                    star: "five" | "four" | "three" | "two" | "none";
                }[];
            };
            teachers: {
                fullTimeTeachers: components["schemas"]["ReportCountInput"] | null;
                professionalTeachers: components["schemas"]["ReportCountInput"] | null;
                foundationTeachers: components["schemas"]["ReportCountInput"] | null;
                seniorTitleTeachers: components["schemas"]["ReportCountInput"] | null;
                masterTeachers: components["schemas"]["ReportCountInput"] | null;
                dualQualifiedTeachers: components["schemas"]["ReportCountInput"] | null;
                partTimeTeachers: components["schemas"]["ReportCountInput"] | null;
                /** @default null */
                exchangeDaysSent?: components["schemas"]["ReportCountInput"] | null;
                /** @default null */
                exchangeHoursSent?: number | null;
                /** @default null */
                exchangeDaysReceived?: components["schemas"]["ReportCountInput"] | null;
                /** @default null */
                exchangeHoursReceived?: number | null;
            };
            outcomes: {
                graduates: components["schemas"]["ReportCountInput"] | null;
                matchedEmployment: components["schemas"]["ReportCountInput"] | null;
                directEmployment: components["schemas"]["ReportCountInput"] | null;
                furtherStudy: components["schemas"]["ReportCountInput"] | null;
                startingWage: number | null;
            };
            cooperation: {
                partnerEnterprises: components["schemas"]["ReportCountInput"] | null;
                interns: components["schemas"]["ReportCountInput"] | null;
                orderClassStudents: components["schemas"]["ReportCountInput"] | null;
            };
            service: {
                trainingCourses: components["schemas"]["ReportCountInput"] | null;
                trainingPersonTimes: components["schemas"]["ReportCountInput"] | null;
                trainingHours: components["schemas"]["ReportCountInput"] | null;
                /** @default null */
                experienceActivities?: components["schemas"]["ReportCountInput"] | null;
                /** @default null */
                experienceParticipants?: components["schemas"]["ReportCountInput"] | null;
            };
            funding: {
                fundingPerStudent: number | null;
                specialFunding: number | null;
            };
            statedRates: {
                [key: string]: number | null;
            };
        };
        ReportDemandRowInput: {
            key: string;
            name: string;
            level: string | null;
            demand: number[];
            total: number;
            enterprises: number;
        };
        ReportDetailInput: {
            id: string;
            cycle: {
                id: string;
                title: string;
                reportYear: number;
                /** @enum {string} */
                status: "draft" | "open";
                deadlines: {
                    submit: string;
                    review: string;
                    approve: string;
                    publish: string;
                };
                indicatorSetVersion: string;
            };
            org: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            level: "school_secondary" | "school_higher" | "district" | "enterprise";
            /** @enum {string} */
            status: "draft" | "submitted" | "returned" | "reviewed" | "approved";
            data: components["schemas"]["ReportDataInput"];
            previous: components["schemas"]["ReportDataInput"] | null;
            rates: components["schemas"]["ComputedRateInput"][];
            problems: components["schemas"]["ReportProblemInput"][];
            fieldComments: {
                path: string;
                comment: string;
            }[];
            returnComment: string | null;
            statement: {
                text: string;
                signatoryName: string;
                signedAt: string;
            } | null;
            statementTemplate: string;
            history: components["schemas"]["ReportHistoryEntryInput"][];
            abilities: {
                edit: boolean;
                submit: boolean;
                review: boolean;
                approve: boolean;
                authorityReturn: boolean;
            };
            version: number;
        };
        ReportGapRowInput: {
            code: string;
            name: string;
            level: string;
            demand: number;
            supply: number;
            gap: number;
        };
        ReportHistoryEntryInput: {
            /** @enum {string} */
            action: "save" | "submit" | "pass" | "reviewer_return" | "approve" | "principal_return" | "authority_return";
            /** @enum {string} */
            fromStatus: "draft" | "submitted" | "returned" | "reviewed" | "approved";
            /** @enum {string} */
            toStatus: "draft" | "submitted" | "returned" | "reviewed" | "approved";
            actorName: string | null;
            at: string;
            comment: string | null;
            fieldComments: {
                path: string;
                comment: string;
            }[];
        };
        ReportPassInput: {
            version: number;
            comment?: string;
        };
        ReportProblemInput: {
            path: (string | number)[];
            message: {
                "zh-CN": string;
                "en-US": string;
            };
        };
        ReportReturnInput: {
            version: number;
            comment?: string;
            /** @default [] */
            fieldComments?: components["schemas"]["FieldCommentInput"][];
        };
        ReportSaveInput: {
            data: components["schemas"]["ReportDataInput"];
            version: number;
        };
        ReportSuggestionInput: {
            path: string;
            value: number;
            sources: components["schemas"]["SuggestionSourceInput"][];
        };
        ReportSuggestionsInput: {
            year: number;
            items: components["schemas"]["ReportSuggestionInput"][];
        };
        ReportTrendPointInput: {
            quarter: number;
            /** @enum {string} */
            source: "report" | "this" | "none";
            numberLabel: string | null;
            demand: number | null;
            supply: number | null;
            gap: number | null;
        };
        ResolutionInput: {
            itemId: string;
            meeting: {
                id: string;
                title: string;
                heldOn: string;
            };
            /** @enum {string} */
            kind: "motion" | "admission" | "withdrawal" | "expulsion" | "plan_approval" | "budget_approval" | "charter_amendment" | "termination" | "appointment";
            title: string;
            subjectOrg: {
                id: string;
                name: string;
            } | null;
            resolutionNo: number | null;
            result: components["schemas"]["VoteResultInput"];
            ruleText: string;
            closedAt: string;
        };
        ResourceEntryInput: {
            id: string;
            /** @enum {string} */
            kind: "major" | "base" | "partner" | "course";
            title: string;
            summary: string;
            org: {
                id: string;
                name: string;
            };
            city: {
                code: string;
                name: string;
            } | null;
            major: {
                code: string;
                name: string;
                className: string;
            } | null;
            /** @enum {string|null} */
            mode: "secondary" | "secondary_higher" | "secondary_bachelor" | "five_year" | "higher" | "bachelor" | null;
            openToMembers: boolean;
            year: number;
            isGenerated: boolean;
        };
        ResourceSearchResultInput: {
            items: components["schemas"]["ResourceEntryInput"][];
            total: number;
            page: number;
            pageSize: number;
            cities: components["schemas"]["CityCountInput"][];
        };
        ResourcesAccessInput: {
            manage: boolean;
            fillOrgs: {
                id: string;
                name: string;
            }[];
            search: boolean;
            exchangeOrgs: {
                id: string;
                name: string;
            }[];
            exchangeTotalsAll: boolean;
        };
        ResponseActionInput: {
            version: number;
        };
        ResponseReopenInput: {
            version: number;
            reason: string;
        };
        ResponseSaveInput: {
            content: components["schemas"]["SurveyContentInput"];
            version: number;
        };
        ResultDecisionsInput: {
            version: number;
            decisions: {
                /** Format: uuid */
                applicationId: string;
                shortlisted: boolean;
                recommended: boolean;
            }[];
        };
        ResultPayloadInput: {
            score?: number;
            passed?: boolean;
        };
        ResultNoticeInput: {
            documentNumber: string;
            signatory: string;
            issuedOn: components["schemas"]["IsoDateInput"];
            publicityFrom: components["schemas"]["IsoDateInput"];
            publicityTo: components["schemas"]["IsoDateInput"];
            objectionContact: string;
        };
        ResultPublishInput: {
            version: number;
            notice: components["schemas"]["ResultNoticeInput"];
        };
        ResultRecordedInput: {
            /** @enum {boolean} */
            ok: true;
            attendanceWarning: {
                "zh-CN": string;
                "en-US": string;
            } | null;
        };
        ResultRowInput: {
            applicationId: string;
            consortiumName: string;
            parkName: string;
            applicantName: string;
            rank: number;
            tied: boolean;
            note: string | null;
            validCount: number;
            excludedCount: number;
            aggregate: string;
            deduction: string;
            total: string;
            byIndicator: {
                [key: string]: string;
            };
            explanation: string;
            shortlisted: boolean;
            recommended: boolean;
        };
        ResultsInput: {
            call: {
                id: string;
                title: string;
                authorityName: string;
            };
            /** @enum {string} */
            method: "mean" | "median" | "trimmed_mean";
            methodName: string;
            tieBreakIndicators: ("1" | "2" | "3" | "4" | "5" | "6")[];
            reviewsPerApplication: number;
            rows: components["schemas"]["ResultRowInput"][];
            unresolvedTies: string[][];
            publishedAt: string | null;
            notice: components["schemas"]["ResultNoticeInput"] | null;
            version: number;
        };
        RevealPayloadInput: {
            purpose: string;
        };
        RevealedPersonInput: {
            name: string;
            identifier: string | null;
            major: string | null;
        };
        ReviewInput: {
            id: string;
            callId: string;
            callTitle: string;
            applicationId: string;
            consortiumName: string;
            parkName: string;
            /** @enum {string} */
            status: "assigned" | "submitted";
            conflicted: boolean;
            submittedAt: string | null;
            total: string | null;
            application: {
                id: string;
                consortiumName: string;
                parkName: string;
                content: components["schemas"]["ApplicationContentInput"];
                textLimits: components["schemas"]["TextLimitsInput"];
                limits: components["schemas"]["CallLimitsInput"];
                material: components["schemas"]["SupportingMaterialInput"] | null;
            } | null;
            points: components["schemas"]["IndicatorPointInput"][];
            scores: {
                [key: string]: number | null;
            };
            indicatorComments: {
                [key: string]: string;
            };
            overallComment: string | null;
            deduction: number;
            deductionReason: string | null;
            version: number;
            history: components["schemas"]["ScoreChangeInput"][];
            siteVisits: components["schemas"]["SiteVisitInput"][];
            panel: {
                scores: components["schemas"]["PanelScoreInput"][];
                average: string | null;
            } | null;
            abilities: {
                edit: boolean;
                submit: boolean;
            };
        };
        ReviewBoardInput: {
            call: {
                id: string;
                title: string;
                status: string;
            };
            settings: components["schemas"]["ReviewSettingsInput"];
            version: number;
            panel: components["schemas"]["PanelExpertInput"][];
            applications: components["schemas"]["BoardApplicationInput"][];
            conflicts: components["schemas"]["ConflictInput"][];
            published: boolean;
        };
        ReviewListInput: {
            items: components["schemas"]["ReviewSummaryInput"][];
        };
        ReviewSettingsInput: {
            scoringRule: components["schemas"]["ScoringRuleInput"];
            limits: components["schemas"]["AssignmentLimitsInput"];
            commentsVisibleToApplicants: boolean;
            /** @default null */
            scoresDueOn?: components["schemas"]["IsoDateInput"] | null;
        };
        ReviewSettingsUpdateInput: {
            scoringRule: components["schemas"]["ScoringRuleInput"];
            limits: components["schemas"]["AssignmentLimitsInput"];
            commentsVisibleToApplicants: boolean;
            /** @default null */
            scoresDueOn?: components["schemas"]["IsoDateInput"] | null;
            version: number;
        };
        ReviewSubmitInput: {
            version: number;
        };
        ReviewSummaryInput: {
            id: string;
            callId: string;
            callTitle: string;
            applicationId: string;
            consortiumName: string;
            parkName: string;
            /** @enum {string} */
            status: "assigned" | "submitted";
            conflicted: boolean;
            submittedAt: string | null;
            total: string | null;
        };
        RoleAssignBodyInput: {
            role: components["schemas"]["RoleNameInput"];
            /** Format: uuid */
            scopeId: string | null;
        };
        RoleAssignmentInput: {
            id: string;
            role: components["schemas"]["RoleNameInput"];
            /** @enum {string} */
            scopeType: "system" | "org" | "body";
            scopeId: string | null;
            scopeName: string | null;
        };
        RoleCatalogInput: {
            roles: components["schemas"]["RoleInfoInput"][];
            permissions: components["schemas"]["PermissionInfoInput"][];
        };
        RoleGrantRequestBodyInput: {
            /** Format: uuid */
            userId: string;
            role: components["schemas"]["RoleNameInput"];
            reason: string;
        };
        RoleInfoInput: {
            role: components["schemas"]["RoleNameInput"];
            label: string;
            /** @enum {string} */
            scope: "system" | "org" | "body";
            /** @enum {string|null} */
            adminDuty: "system" | "security" | "audit" | null;
            permissions: components["schemas"]["PermissionNameInput"][];
            essential: components["schemas"]["PermissionNameInput"][];
        };
        /** @enum {string} */
        RoleNameInput: "platform_admin" | "security_admin" | "audit_admin" | "body_secretariat" | "member_representative" | "liaison" | "org_admin" | "data_collector" | "reviewer" | "principal" | "authority_admin" | "expert";
        RolePermissionsBodyInput: {
            permissions: components["schemas"]["PermissionNameInput"][];
        };
        RoleRevokeRequestBodyInput: {
            /** Format: uuid */
            userId: string;
            /** Format: uuid */
            assignmentId: string;
            reason: string;
        };
        RoundInput: {
            id: string;
            year: number;
            title: string;
            deadline: string;
            sections: ("majors" | "teachers" | "bases" | "partners" | "courses")[];
            open: boolean;
            members: number;
            submitted: number;
            accepted: number;
            isGenerated: boolean;
        };
        RoundPayloadInput: {
            year: components["schemas"]["SurveyYearInput"];
            title: string;
            deadline: components["schemas"]["IsoDateInput"];
            sections: ("majors" | "teachers" | "bases" | "partners" | "courses")[];
        };
        RoundListInput: {
            items: components["schemas"]["RoundInput"][];
        };
        RoundProgressInput: {
            round: components["schemas"]["RoundInput"];
            rows: components["schemas"]["ProgressRowInput"][];
        };
        RowIdInput: string;
        SchoolDemandMatchInput: {
            codeMatches: {
                wanted: string;
                wantedName: string;
                offered: string;
                offeredName: string;
                /** @enum {string} */
                level: "exact" | "class" | "category";
            }[];
            termMatches: {
                term: string;
                offered: string;
                offeredName: string;
            }[];
            region: {
                /** @enum {string} */
                relation: "same_district" | "same_city" | "same_province" | "elsewhere";
                steps: number;
            };
            graduates: number[];
            placementsOffered: number;
            reasons: {
                "zh-CN": string;
                "en-US": string;
            }[];
            rank: number;
            demand: {
                id: string;
                org: {
                    id: string;
                    name: string;
                };
                position: string;
                /** @enum {string} */
                educationLevel: "secondary" | "higher_associate" | "higher_bachelor";
                startYear: number;
                headcounts: number[];
                location: {
                    code: string;
                    name: string | null;
                };
                terms: string[];
            };
        };
        SchoolDemandMatchListInput: {
            school: {
                id: string;
                name: string;
            };
            ranking: {
                "zh-CN": string;
                "en-US": string;
            };
            results: components["schemas"]["SchoolDemandMatchInput"][];
        };
        ScoreInput: number;
        ScoreChangeInput: {
            field: string;
            from: string | null;
            to: string | null;
            reason: string;
            changedBy: string;
            changedAt: string;
        };
        ScoreSaveInput: {
            version: number;
            scores: {
                [key: string]: components["schemas"]["ScoreInput"] | null;
            };
            /** @default {} */
            indicatorComments?: {
                [key: string]: string;
            };
            overallComment?: string;
            /** @default 0 */
            deduction?: components["schemas"]["ScoreInput"];
            deductionReason?: string;
            changeReason?: string;
        };
        ScoringRuleInput: {
            /** @enum {string} */
            method: "mean" | "median" | "trimmed_mean";
            tieBreakIndicators: ("1" | "2" | "3" | "4" | "5" | "6")[];
        };
        SectionSaveInput: {
            version: number;
            data: {
                [key: string]: unknown;
            };
        };
        SecurityAccountInput: {
            id: string;
            username: string;
            displayName: string;
            disabled: boolean;
            disabledAt: string | null;
            locked: boolean;
            lockedUntil: string | null;
            recentFailures: number;
            totpEnabled: boolean;
            isAdministrator: boolean;
            roles: components["schemas"]["RoleAssignmentInput"][];
        };
        SecurityAccountPageInput: {
            items: components["schemas"]["SecurityAccountInput"][];
            total: number;
            page: number;
            pageSize: number;
        };
        SessionCreatedInput: {
            id: string;
        };
        SessionPayloadInput: {
            sessionOn: components["schemas"]["IsoDateInput"];
            topic?: string;
        };
        ShanghaiDateTimeInput: string;
        ShareInput: {
            numerator: number;
            denominator: number;
        };
        ShortageCatalogueInput: {
            id: string;
            title: string;
            startYear: number;
            /** @enum {string} */
            status: "draft" | "published" | "withdrawn";
            thresholds: components["schemas"]["ShortageThresholdsInput"];
            rule: {
                "zh-CN": string;
                "en-US": string;
            };
            entries: components["schemas"]["ShortageEntryInput"][];
            history: components["schemas"]["StatusChangeInput"][];
            publishedAt: string | null;
            isGenerated: boolean;
            version: number;
            abilities: {
                edit: boolean;
            };
        };
        ShortageCatalogueListInput: {
            items: components["schemas"]["ShortageCatalogueSummaryInput"][];
        };
        ShortageCatalogueSummaryInput: {
            id: string;
            title: string;
            startYear: number;
            /** @enum {string} */
            status: "draft" | "published" | "withdrawn";
            publishedAt: string | null;
            isGenerated: boolean;
            version: number;
            entryCount: number;
        };
        ShortageDraftPayloadInput: {
            title: string;
            startYear: components["schemas"]["StartYearInput"];
            thresholds: components["schemas"]["ShortageThresholdsInput"];
        };
        ShortageEntryInput: {
            id: string;
            majorCode: string;
            majorName: string;
            level: string;
            className: string;
            categoryName: string;
            demand: number;
            supply: number;
            gap: number;
            enterprises: number;
            /** @enum {string} */
            origin: "rule" | "secretariat";
            reason: string | null;
            explanation: {
                "zh-CN": string;
                "en-US": string;
            }[];
            demands: components["schemas"]["ShortageEvidenceDemandInput"][];
            removed: boolean;
            removedReason: string | null;
        };
        ShortageEntryPayloadInput: {
            majorCode: components["schemas"]["MajorCodeInput"];
            reason: string;
            version: number;
        };
        ShortageEntryRemovalInput: {
            reason: string;
            version: number;
        };
        ShortageEvidenceDemandInput: {
            demandId: string;
            orgName: string;
            position: string;
            counted: number;
        };
        ShortageRebuildPayloadInput: {
            thresholds: components["schemas"]["ShortageThresholdsInput"];
            version: number;
        };
        ShortageStatusPayloadInput: {
            /** @enum {string} */
            action: "publish" | "withdraw";
            reason?: string;
            version: number;
        };
        ShortageThresholdsInput: {
            minGap: number;
            minGapShare: components["schemas"]["ShareInput"];
            minEnterprises: number;
        };
        SiteVisitInput: {
            visitedOn: components["schemas"]["IsoDateInput"];
            visitMembers: string;
            findings: string;
            id: string;
            recordedBy: string;
            createdAt: string;
        };
        SiteVisitPayloadInput: {
            visitedOn: components["schemas"]["IsoDateInput"];
            visitMembers: string;
            findings: string;
        };
        SiteVisitListInput: {
            items: components["schemas"]["SiteVisitInput"][];
        };
        StartYearInput: number;
        StatedTrainingTotalsInput: {
            baseUnits: components["schemas"]["ReportCountInput"] | null;
            trainingCourses: components["schemas"]["ReportCountInput"] | null;
            trainingPersonTimes: components["schemas"]["ReportCountInput"] | null;
            trainingHours: components["schemas"]["ReportCountInput"] | null;
            source: string;
        };
        StatusChangeInput: {
            from: string | null;
            to: string;
            reason: string | null;
            by: string | null;
            at: string;
        };
        StudentAggregateInput: {
            id: string;
            org: {
                id: string;
                name: string;
            };
            major: components["schemas"]["MajorRefInput"];
            graduationYear: number;
            students: number;
            seekingPlacement: number;
            /** @enum {string} */
            status: "draft" | "published" | "withdrawn" | "expired";
            isGenerated: boolean;
            version: number;
            history: components["schemas"]["ListHistoryItemInput"][];
        };
        StudentAggregatePayloadInput: {
            /** Format: uuid */
            orgId: string;
            majorCode: components["schemas"]["MajorCodeInput"];
            graduationYear: number;
            students: number;
            seekingPlacement: number;
        };
        StudentAggregateListInput: {
            items: components["schemas"]["StudentAggregateInput"][];
        };
        StudentAggregateUpdateInput: {
            students: number;
            seekingPlacement: number;
            version: number;
        };
        StudentPayloadInput: {
            name: string;
            studentNumber: string;
            major: string;
        };
        SuggestionSourceInput: {
            agreementId: string;
            /** @enum {string} */
            kind: "teacher" | "experience";
            /** @enum {string} */
            role: "sent" | "received" | "hosted";
            counterpart: string;
            body: string;
            startsOn: string;
            endsOn: string;
            days: number | null;
            hours: number | null;
            participants: number | null;
        };
        SummarySectionInput: {
            /** @default [] */
            mainIndustries?: string[];
            /** @default null */
            parkLeadingIndustry?: string | null;
            /**
             * @default null
             * @enum {string|null}
             */
            leadSchoolLevel?: "secondary" | "higher_associate" | "higher_bachelor" | null;
            /** @default null */
            leadEnterpriseIsIntegrationEnterprise?: boolean | null;
            /** @default null */
            contactName?: string | null;
            /** @default null */
            contactTitle?: string | null;
            contactMobile?: components["schemas"]["FormPhoneInput"];
        };
        SupplyInput: {
            id: string;
            org: {
                id: string;
                name: string;
            };
            major: components["schemas"]["MajorRefInput"];
            /** @enum {string} */
            mode: "full_time" | "apprenticeship" | "order_class" | "part_time";
            startYear: number;
            plannedEnrolment: number[];
            expectedGraduates: number[];
            placementsOffered: number;
            isGenerated: boolean;
            version: number;
            updatedAt: string;
        };
        SupplyPayloadInput: {
            /** Format: uuid */
            orgId: string;
            majorCode: components["schemas"]["MajorCodeInput"];
            /** @enum {string} */
            mode: "full_time" | "apprenticeship" | "order_class" | "part_time";
            startYear: components["schemas"]["StartYearInput"];
            plannedEnrolment: components["schemas"]["ThreeYearsInput"];
            expectedGraduates: components["schemas"]["ThreeYearsInput"];
            /** @default 0 */
            placementsOffered?: number;
        };
        SupplyListInput: {
            items: components["schemas"]["SupplyInput"][];
        };
        SupplyUpdateInput: {
            plannedEnrolment: components["schemas"]["ThreeYearsInput"];
            expectedGraduates: components["schemas"]["ThreeYearsInput"];
            /** @default 0 */
            placementsOffered?: number;
            version: number;
        };
        SupportingMaterialInput: {
            id: string;
            filename: string;
            pageCount: number;
            sizeBytes: number;
            sha256: string;
            toc: components["schemas"]["TocEntryInput"][];
            uploadedAt: string;
        };
        SurveyBaseInput: {
            name: string;
            /** @enum {string} */
            kind: "training_base" | "open_centre";
            majorCodes: components["schemas"]["MajorCodeInput"][];
            workstations: number;
            starLevel?: number;
            openToMembers: boolean;
            bookingTerms?: string;
        };
        SurveyContentInput: {
            majors: components["schemas"]["SurveyMajorInput"][];
            teachers: components["schemas"]["SurveyTeachersInput"][];
            bases: components["schemas"]["SurveyBaseInput"][];
            partners: components["schemas"]["SurveyPartnerInput"][];
            courses: components["schemas"]["SurveyCourseInput"][];
            noneToReport: ("majors" | "teachers" | "bases" | "partners" | "courses")[];
        };
        SurveyContentViewInput: {
            majors: {
                majorCode: string;
                /** @enum {string} */
                mode: "secondary" | "secondary_higher" | "secondary_bachelor" | "five_year" | "higher" | "bachelor";
                studentsPerGrade: number[];
                offeredSince?: number;
            }[];
            teachers: {
                classCode: string;
                fullTime: number;
                seniorTitle: number;
                postgraduate: number;
                dualQualified: number;
                partTime: number;
            }[];
            bases: {
                name: string;
                /** @enum {string} */
                kind: "training_base" | "open_centre";
                majorCodes: string[];
                workstations: number;
                starLevel?: number;
                openToMembers: boolean;
                bookingTerms?: string;
            }[];
            partners: {
                uscc: string;
                name: string;
                fields: string;
                agreementFrom: string;
                agreementTo?: string;
                internsHosted: number;
                orderClass: boolean;
                apprenticeship: boolean;
            }[];
            courses: {
                name: string;
                majorCode?: string;
                credits: number;
                hours: number;
                /** @enum {string} */
                mode: "online" | "offline" | "blended";
                seats: number;
            }[];
            noneToReport: ("majors" | "teachers" | "bases" | "partners" | "courses")[];
        };
        SurveyCourseInput: {
            name: string;
            majorCode?: components["schemas"]["MajorCodeInput"];
            credits: number;
            hours: number;
            /** @enum {string} */
            mode: "online" | "offline" | "blended";
            seats: number;
        };
        SurveyMajorInput: {
            majorCode: components["schemas"]["MajorCodeInput"];
            /** @enum {string} */
            mode: "secondary" | "secondary_higher" | "secondary_bachelor" | "five_year" | "higher" | "bachelor";
            studentsPerGrade: number[];
            offeredSince?: number;
        };
        SurveyPartnerInput: {
            uscc: components["schemas"]["UsccInput"];
            name: string;
            fields: string;
            agreementFrom: components["schemas"]["IsoDateInput"];
            agreementTo?: components["schemas"]["IsoDateInput"];
            internsHosted: number;
            orderClass: boolean;
            apprenticeship: boolean;
        };
        SurveyResponseInput: {
            round: components["schemas"]["RoundInput"];
            org: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            status: "not_started" | "draft" | "submitted" | "accepted" | "reopened";
            content: components["schemas"]["SurveyContentViewInput"];
            prefilledFrom: number | null;
            completeness: components["schemas"]["CompletenessInput"];
            submittedAt: string | null;
            acceptedAt: string | null;
            reopenReason: string | null;
            mayEdit: boolean;
            maySubmit: boolean;
            mayAccept: boolean;
            mayReopen: boolean;
            version: number;
        };
        SurveyTeachersInput: {
            classCode: components["schemas"]["MajorClassCodeInput"];
            fullTime: number;
            seniorTitle: number;
            postgraduate: number;
            dualQualified: number;
            partTime: number;
        };
        SurveyYearInput: number;
        SyllabusListInput: {
            items: components["schemas"]["SyllabusVersionInput"][];
        };
        SyllabusVersionInput: {
            version: number;
            filename: string;
            contentType: string;
            size: number;
            uploadedAt: string;
            current: boolean;
        };
        TalentAccessInput: {
            demandOrgs: {
                id: string;
                name: string;
            }[];
            supplyOrgs: {
                id: string;
                name: string;
            }[];
            analysis: boolean;
            lists: boolean;
        };
        TalentJobInput: {
            id: string;
            org: {
                id: string;
                name: string;
            };
            position: string;
            occupation: string;
            occupationCode: string | null;
            majors: components["schemas"]["MajorRefInput"][];
            /** @enum {string} */
            educationLevel: "secondary" | "higher_associate" | "higher_bachelor";
            headcount: number;
            duties: string | null;
            validUntil: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "withdrawn" | "expired";
            isGenerated: boolean;
            version: number;
            updatedAt: string;
            adjustments: components["schemas"]["TalentJobAdjustmentInput"][];
            history: components["schemas"]["ListHistoryItemInput"][];
        };
        TalentJobAdjustmentInput: {
            kind: string;
            reason: string | null;
            changes: components["schemas"]["TalentJobFieldChangeInput"][];
            by: string | null;
            at: string;
        };
        TalentJobFieldChangeInput: {
            field: string;
            before: string;
            after: string;
        };
        TalentJobPayloadInput: {
            /** Format: uuid */
            orgId: string;
            position: string;
            occupation: string;
            occupationCode?: components["schemas"]["OccupationCodeInput"];
            majorCodes: components["schemas"]["MajorCodeInput"][];
            /** @enum {string} */
            educationLevel: "secondary" | "higher_associate" | "higher_bachelor";
            headcount: number;
            duties?: string;
            validUntil?: components["schemas"]["IsoDateInput"];
        };
        TalentJobListInput: {
            items: components["schemas"]["TalentJobInput"][];
        };
        TalentJobUpdateInput: {
            position: string;
            occupation: string;
            occupationCode?: components["schemas"]["OccupationCodeInput"];
            majorCodes: components["schemas"]["MajorCodeInput"][];
            /** @enum {string} */
            educationLevel: "secondary" | "higher_associate" | "higher_bachelor";
            headcount: number;
            duties?: string;
            validUntil?: components["schemas"]["IsoDateInput"];
            reason: string;
            version: number;
        };
        TalentReportInput: {
            id: string;
            /** @enum {string} */
            kind: "quarterly" | "yearly";
            year: number;
            quarter: number | null;
            periodLabel: string;
            title: string;
            numberLabel: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "withdrawn";
            publishedOn: string | null;
            version: number;
            isGenerated: boolean;
            body: {
                id: string;
                name: string;
            };
            firstDay: string;
            lastDay: string;
            sections: components["schemas"]["TalentReportSectionsInput"];
            figures: components["schemas"]["TalentReportFiguresInput"];
            withdrawnOn: string | null;
            withdrawnReason: string | null;
            abilities: {
                edit: boolean;
                publish: boolean;
                withdraw: boolean;
            };
        };
        TalentReportFiguresInput: {
            years: number[];
            asOf: string;
            totals: {
                demand: number;
                supply: number;
                gap: number;
                enterprises: number;
                majors: number;
            };
            byIndustry: components["schemas"]["ReportDemandRowInput"][];
            byClass: components["schemas"]["ReportDemandRowInput"][];
            gaps: components["schemas"]["ReportGapRowInput"][];
            gapsOmitted: {
                majors: number;
                demand: number;
                supply: number;
                gap: number;
            } | null;
            shortage: {
                title: string;
                publishedOn: string;
                rule: string;
                entries: {
                    code: string;
                    name: string;
                    level: string;
                    demand: number;
                    supply: number;
                    gap: number;
                    enterprises: number;
                }[];
            } | null;
            trend: components["schemas"]["ReportTrendPointInput"][];
            notes: string[];
        };
        TalentReportPayloadInput: {
            /** @enum {string} */
            kind: "quarterly" | "yearly";
            year: number;
            quarter?: number;
        };
        TalentReportListInput: {
            items: components["schemas"]["TalentReportSummaryInput"][];
            abilities: {
                create: boolean;
            };
        };
        TalentReportPublishPayloadInput: {
            version: number;
        };
        TalentReportSectionsInput: {
            intro: string;
            analysis: string;
            advice: string;
        };
        TalentReportSectionsPayloadInput: {
            intro: string;
            analysis: string;
            advice: string;
            version: number;
        };
        TalentReportSummaryInput: {
            id: string;
            /** @enum {string} */
            kind: "quarterly" | "yearly";
            year: number;
            quarter: number | null;
            periodLabel: string;
            title: string;
            numberLabel: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "withdrawn";
            publishedOn: string | null;
            version: number;
            isGenerated: boolean;
        };
        TalentReportWithdrawPayloadInput: {
            reason: string;
            version: number;
        };
        TeacherPracticeInput: {
            id: string;
            school: {
                id: string;
                name: string;
            };
            enterprise: {
                id: string;
                name: string;
            };
            teachers: number;
            months: number;
            personMonths: number;
            startsOn: string;
            year: number;
            isGenerated: boolean;
        };
        TeacherPracticePayloadInput: {
            /** Format: uuid */
            schoolOrgId: string;
            /** Format: uuid */
            enterpriseOrgId: string;
            teachers: number;
            months: number;
            startsOn: components["schemas"]["IsoDateInput"];
        };
        TermInput: {
            holderName: string;
            org: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            startOn: string;
            endsOn: string;
            reminderOn: string;
            termNumber: number;
            renewals: number;
            /** @enum {string} */
            state: "not_started" | "active" | "reminder_due" | "ended";
            mayRenew: boolean;
            explanation: string;
        };
        TextLimitsInput: {
            parkLeadingIndustries: number;
            localPolicies: number;
            teachingTeamAwards: number;
            talentPlatform: number;
            newPractices: number;
            skillsCompetitionAwards: number;
            constructionPlan: number;
            featuresAndInnovation: number;
        };
        ThreeYearsInput: number[];
        TocEntryInput: {
            title: string;
            page: number;
        };
        TocUpdateInput: {
            entries: components["schemas"]["TocEntryInput"][];
        };
        TotpBeginInput: {
            secret: string;
            uri: string;
            qrDataUrl: string;
        };
        TotpConfirmBodyInput: {
            code: string;
        };
        TrainingYearInput: {
            year: number;
            baseUnits: components["schemas"]["ReportCountInput"];
            trainingCourses: components["schemas"]["ReportCountInput"];
            trainingPersonTimes: components["schemas"]["ReportCountInput"];
            trainingHours: components["schemas"]["ReportCountInput"];
        };
        UnitRefInput: {
            /**
             * Format: uuid
             * @default null
             */
            orgId?: string | null;
            /** @default null */
            name?: string | null;
            uscc?: components["schemas"]["FormUsccInput"];
        };
        UnreadCountInput: {
            unread: number;
        };
        UnsubscribeBodyInput: {
            token: string;
        };
        UnsubscribeResultInput: {
            kindLabel: string;
            username: string;
        };
        UsccInput: string;
        UserInput: {
            id: string;
            username: string;
            displayName: string;
            email: string | null;
            phone: string | null;
            disabled: boolean;
            disabledAt: string | null;
            totpEnabled: boolean;
            mustChangePassword: boolean;
            roles: components["schemas"]["RoleAssignmentInput"][];
            createdAt: string;
        };
        UserCreateBodyInput: {
            username: string;
            displayName: string;
            /** Format: email */
            email?: string | null;
            phone?: components["schemas"]["PhoneInput"] | null;
            initialPassword: string;
        };
        UserDisableBodyInput: {
            reason: string;
        };
        UserPageInput: {
            items: components["schemas"]["UserInput"][];
            total: number;
            page: number;
            pageSize: number;
        };
        /** Format: uuid */
        UuidInput: string;
        VersionPayloadInput: {
            version: number;
        };
        VersionSelectorInput: "draft" | number;
        VoidEntryPayloadInput: {
            reason: string;
        };
        VoteResultInput: {
            yes: number;
            no: number;
            abstain: number;
            entitled: number;
            present: number;
            required: number;
            passed: boolean;
            explanation: string;
        };
        VoteThresholdInput: {
            numerator: number;
            denominator: number;
            /** @enum {string} */
            comparator: "gte" | "gt";
            /** @enum {string} */
            base: "present" | "entitled" | "cast";
        };
        WithdrawCredentialPayloadInput: {
            reason: string;
        };
        WithdrawalInput: {
            id: string;
            body: {
                id: string;
                name: string;
            };
            org: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            status: "submitted" | "receipt_confirmed" | "on_agenda" | "approved" | "not_approved" | "completed";
            letter: string;
            intendedOn: string;
            submittedAt: string;
            receiptConfirmedOn: string | null;
            earliestEffectiveOn: string | null;
            earliestExplanation: string | null;
            meeting: {
                id: string;
                title: string;
                heldOn: string;
            } | null;
            decidedOn: string | null;
            effectiveOn: string | null;
            certificateReturnedOn: string | null;
            noticeId: string | null;
            handover: components["schemas"]["HandoverProjectInput"][];
            version: number;
        };
        WithdrawalCompletionInput: {
            certificateReturnedOn: components["schemas"]["IsoDateInput"];
            version: number;
        };
        WithdrawalPayloadInput: {
            /** Format: uuid */
            orgId: string;
            letter: string;
            intendedOn: components["schemas"]["IsoDateInput"];
        };
        WorkplanEvidenceInput: {
            /** Format: uuid */
            id: string;
            filename: string;
            size: number;
        };
        WorkplanFieldChangeInput: {
            /** @enum {string} */
            field: "section" | "title" | "windowText" | "content" | "expectedOutcome" | "unitsText";
            before: string | null;
            after: string | null;
        };
        WorkplanHistoryInput: {
            planVersion: number;
            items: components["schemas"]["WorkplanRevisionInput"][];
        };
        WorkplanListInput: {
            items: components["schemas"]["WorkplanTaskInput"][];
            counts: {
                late: number;
                due: number;
                done: number;
                total: number;
            };
            dueWithinDays: number;
            planVersion: number;
            abilities: {
                manage: boolean;
            };
        };
        WorkplanProgressInput: {
            /** Format: uuid */
            id: string;
            reportedOn: string;
            note: string;
            progressPercent: number;
            /** @enum {string} */
            status: "in_progress" | "done";
            org: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            reportedBy: string | null;
            createdAt: string;
            evidence: components["schemas"]["WorkplanEvidenceInput"][];
        };
        WorkplanProgressPayloadInput: {
            /** Format: uuid */
            orgId?: string;
            reportedOn: components["schemas"]["IsoDateInput"];
            note: string;
            progressPercent: number;
            /** @enum {string} */
            status: "in_progress" | "done";
            /** @default [] */
            evidenceIds?: string[];
        };
        WorkplanProgressListInput: {
            items: components["schemas"]["WorkplanProgressInput"][];
        };
        WorkplanRevisionInput: {
            planVersion: number;
            /** @enum {string} */
            change: "add" | "edit" | "retire";
            task: {
                /** Format: uuid */
                id: string;
                title: string;
            };
            reason: string | null;
            fields: components["schemas"]["WorkplanFieldChangeInput"][];
            by: string | null;
            at: string;
        };
        WorkplanTaskInput: {
            /** Format: uuid */
            id: string;
            year: number;
            section: string;
            title: string;
            windowText: string;
            startsOn: string;
            endsOn: string;
            content: string;
            expectedOutcome: string;
            units: components["schemas"]["WorkplanUnitInput"][];
            progressPercent: number;
            done: boolean;
            lastReportedOn: string | null;
            /** @enum {string} */
            timing: "done" | "late" | "due" | "in_window" | "not_started";
            daysLeft: number;
            sourceNote: string | null;
            version: number;
            retired: {
                on: string;
                reason: string;
            } | null;
            abilities: {
                report: boolean;
                manage: boolean;
            };
        };
        WorkplanTaskEditInput: {
            section: string;
            title: string;
            windowText: string;
            content: string;
            expectedOutcome: string;
            unitsText: string;
            version: number;
        };
        WorkplanTaskPayloadInput: {
            year: number;
            section: string;
            title: string;
            windowText: string;
            content: string;
            expectedOutcome: string;
            unitsText: string;
        };
        WorkplanTaskRetireInput: {
            reason: string;
            version: number;
        };
        WorkplanUnitInput: {
            /** @enum {string} */
            role: "lead" | "responsible";
            /** @enum {string} */
            kind: "chair_unit" | "committee" | "all_members" | "org";
            name: string;
            resolved: string | null;
        };
        YuanInput: string;
        AccountRequestBody: {
            /** Format: uuid */
            userId: string;
            reason: string;
        };
        Activity: {
            id: string;
            /** @enum {string} */
            kind: "training" | "observation" | "competition" | "summer_camp" | "other";
            title: string;
            organiser: {
                id: string;
                name: string;
            } | null;
            startOn: string;
            endOn: string;
            place: string | null;
            registrationDeadline: string;
            capacityPerUnit: number | null;
            capacityTotal: number | null;
            /** @enum {string} */
            phase: "registering" | "registration_closed" | "under_way" | "ended" | "completed" | "cancelled";
            registeredCount: number;
            unitCount: number;
            attendedCount: number;
            isGenerated: boolean;
            summary: string | null;
            participants: components["schemas"]["ActivityParticipant"][];
            outcomes: components["schemas"]["ActivityOutcome"][];
            version: number;
            abilities: {
                manage: boolean;
                register: boolean;
                recordAttendance: boolean;
            };
        };
        ActivityAttendancePayload: {
            entries: {
                /** Format: uuid */
                participantId: string;
                attended: boolean;
            }[];
        };
        ActivityEvidence: {
            /** Format: uuid */
            id: string;
            filename: string;
            size: number;
        };
        ActivityPayload: {
            /** @enum {string} */
            kind: "training" | "observation" | "competition" | "summer_camp" | "other";
            title: string;
            summary?: string;
            /** Format: uuid */
            organiserOrgId?: string;
            startOn: components["schemas"]["IsoDate"];
            endOn: components["schemas"]["IsoDate"];
            place?: string;
            registrationDeadline: components["schemas"]["IsoDate"];
            capacityPerUnit?: number;
            capacityTotal?: number;
        };
        ActivityList: {
            items: components["schemas"]["ActivitySummary"][];
            abilities: {
                manage: boolean;
            };
        };
        ActivityOutcome: {
            id: string;
            /** @enum {string} */
            kind: "award" | "certificate" | "note";
            title: string;
            org: {
                id: string;
                name: string;
            } | null;
            participantName: string | null;
            note: string | null;
            evidence: components["schemas"]["ActivityEvidence"][];
        };
        ActivityParticipant: {
            id: string;
            org: {
                id: string;
                name: string;
            };
            name: string;
            title: string;
            phone: string | null;
            attended: boolean | null;
        };
        ActivityStatusPayload: {
            /** @enum {string} */
            action: "complete" | "cancel";
            version: number;
        };
        ActivitySummary: {
            id: string;
            /** @enum {string} */
            kind: "training" | "observation" | "competition" | "summer_camp" | "other";
            title: string;
            organiser: {
                id: string;
                name: string;
            } | null;
            startOn: string;
            endOn: string;
            place: string | null;
            registrationDeadline: string;
            capacityPerUnit: number | null;
            capacityTotal: number | null;
            /** @enum {string} */
            phase: "registering" | "registration_closed" | "under_way" | "ended" | "completed" | "cancelled";
            registeredCount: number;
            unitCount: number;
            attendedCount: number;
            isGenerated: boolean;
        };
        AdjustmentReport: {
            school: {
                id: string;
                name: string;
            };
            years: number[];
            thresholds: components["schemas"]["AdjustmentThresholds"];
            thresholdsVersion: number;
            rule: {
                "zh-CN": string;
                "en-US": string;
            };
            suggestions: components["schemas"]["AdjustmentSuggestion"][];
            abilities: {
                editThresholds: boolean;
            };
        };
        AdjustmentSuggestion: {
            majorCode: string;
            majorName: string;
            level: string;
            className: string;
            /** @enum {string} */
            kind: "open" | "enlarge" | "keep" | "shrink";
            demand: number[];
            supply: number[];
            gap: number[];
            totalGap: number;
            schoolSupply: number[];
            siblings: {
                code: string;
                name: string;
            }[];
            explanation: {
                "zh-CN": string;
                "en-US": string;
            }[];
            demands: components["schemas"]["ShortageEvidenceDemand"][];
        };
        AdjustmentThresholds: {
            enlargeMinGap: number;
            openMinGap: number;
            shrinkMinSurplus: number;
            minShare: components["schemas"]["Share"];
        };
        AdjustmentThresholdsPayload: {
            thresholds: components["schemas"]["AdjustmentThresholds"];
            version: number;
        };
        AdminDecisionBody: {
            note?: string;
        };
        AdminRejectBody: {
            note: string;
        };
        AdminRequest: {
            id: string;
            /** @enum {string} */
            kind: "role_grant" | "role_revoke" | "account_disable" | "password_reset" | "totp_reset";
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "cancelled";
            target: {
                id: string;
                username: string;
                displayName: string;
            };
            role: components["schemas"]["RoleName"] | null;
            reason: string;
            requestedBy: {
                id: string;
                username: string;
                displayName: string;
            };
            /** @enum {string} */
            requesterDuty: "system" | "security" | "audit";
            requestedAt: string;
            decidedBy: {
                id: string;
                username: string;
                displayName: string;
            } | null;
            decidedAt: string | null;
            decisionNote: string | null;
            canDecide: boolean;
            cannotDecideBecause: string | null;
            canCancel: boolean;
        };
        AdminRequestPage: {
            items: components["schemas"]["AdminRequest"][];
            total: number;
            page: number;
            pageSize: number;
        };
        Affiliation: {
            id: string;
            orgId: string | null;
            name: string;
            uscc: string | null;
            note: string | null;
        };
        AffiliationPayload: {
            /**
             * Format: uuid
             * @default null
             */
            orgId: string | null;
            name: string;
            uscc?: components["schemas"]["OptionalUscc"];
            note?: string;
        };
        AffiliationsUpdate: {
            affiliations: components["schemas"]["AffiliationPayload"][];
        };
        AgendaItem: {
            id: string;
            meetingId: string;
            position: number;
            /** @enum {string} */
            kind: "motion" | "admission" | "withdrawal" | "expulsion" | "plan_approval" | "budget_approval" | "charter_amendment" | "termination" | "appointment";
            title: string;
            description: string | null;
            subjectOrg: {
                id: string;
                name: string;
            } | null;
            amendment: components["schemas"]["CharterAmendmentProposal"] | null;
            /** @enum {string} */
            voteStatus: "pending" | "open" | "closed";
            threshold: components["schemas"]["VoteThreshold"] | null;
            quorum: components["schemas"]["Quorum"] | null;
            ruleText: string;
            voteOpenedAt: string | null;
            voteClosedAt: string | null;
            entitledCount: number | null;
            ballotsCast: number;
            ownBallots: components["schemas"]["OwnBallot"][];
            result: components["schemas"]["VoteResult"] | null;
            resolutionNo: number | null;
        };
        AgendaItemPayload: {
            /** @enum {string} */
            kind: "motion" | "plan_approval" | "budget_approval" | "charter_amendment" | "termination" | "appointment";
            title: string;
            description?: string;
            amendment?: components["schemas"]["CharterAmendmentProposal"];
        };
        Agreement: {
            id: string;
            /** @enum {string} */
            kind: "teacher" | "experience";
            /** @enum {string} */
            status: "proposed" | "agreed" | "carried_out" | "completed" | "cancelled";
            offer: {
                id: string;
                title: string;
            };
            request: {
                id: string;
                title: string;
            } | null;
            sender: {
                id: string;
                name: string;
            };
            receiver: {
                id: string;
                name: string;
            } | null;
            visitorName: string | null;
            teacherName: string | null;
            teacherPhone: string | null;
            place: string;
            startsOn: string;
            endsOn: string;
            plannedHours: number;
            plannedParticipants: number | null;
            actualDays: number | null;
            actualHours: number | null;
            actualParticipants: number | null;
            completionNote: string | null;
            cancelReason: string | null;
            senderEvaluation: {
                score: number;
                comment: string;
                at: string;
            } | null;
            receiverEvaluation: {
                score: number;
                comment: string;
                at: string;
            } | null;
            /** @enum {string} */
            side: "sender" | "receiver";
            mayConfirm: boolean;
            mayComplete: boolean;
            mayEvaluate: boolean;
            mayCancel: boolean;
            isGenerated: boolean;
        };
        AgreementCancel: {
            reason: string;
        };
        AgreementCompletion: {
            actualDays: number;
            actualHours: number;
            actualParticipants?: number;
            note?: string;
        };
        AgreementEvaluation: {
            score: number;
            comment: string;
        };
        AgreementPayload: {
            /** Format: uuid */
            offerId: string;
            /** Format: uuid */
            requestId?: string;
            visitorName?: string;
            teacherName?: string;
            teacherPhone?: components["schemas"]["Phone"] | null;
            place: string;
            startsOn: components["schemas"]["IsoDate"];
            endsOn: components["schemas"]["IsoDate"];
            plannedHours: number;
            plannedParticipants?: number;
        };
        AgreementList: {
            items: components["schemas"]["Agreement"][];
        };
        ApplicantComment: {
            label: string;
            overall: string | null;
            byIndicator: {
                [key: string]: string;
            };
        };
        ApplicantResult: {
            applicationId: string;
            consortiumName: string;
            callTitle: string;
            publishedAt: string;
            rank: number;
            rankedCount: number;
            aggregate: string;
            deduction: string;
            total: string;
            shortlisted: boolean;
            recommended: boolean;
            comments: components["schemas"]["ApplicantComment"][] | null;
        };
        Application: {
            id: string;
            callId: string;
            callTitle: string;
            consortiumName: string;
            parkName: string;
            applicantOrg: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            status: "draft" | "submitted" | "returned";
            submittedAt: string | null;
            returnReason: string | null;
            latestVersionNo: number;
            /** @enum {string} */
            callPhase: "draft" | "open" | "closed" | "published";
            resultPublished: boolean;
            isGenerated: boolean;
            version: number;
            updatedAt: string;
            call: {
                id: string;
                title: string;
                /** @enum {string} */
                status: "draft" | "open" | "closed";
                /** @enum {string} */
                phase: "draft" | "open" | "closed" | "published";
                deadline: string;
                textLimits: components["schemas"]["TextLimits"];
                limits: components["schemas"]["CallLimits"];
            };
            content: components["schemas"]["ApplicationContent"];
            material: components["schemas"]["SupportingMaterial"] | null;
            problems: components["schemas"]["FormProblem"][];
            abilities: {
                edit: boolean;
                submit: boolean;
            };
        };
        ApplicationContent: {
            cover: components["schemas"]["CoverSection"];
            summary: components["schemas"]["SummarySection"];
            overview: components["schemas"]["OverviewSection"];
            members: components["schemas"]["MembersSection"];
            effectiveness: components["schemas"]["EffectivenessSection"];
            plan: components["schemas"]["PlanSection"];
            features: components["schemas"]["FeaturesSection"];
            commitment: components["schemas"]["CommitmentSection"];
        };
        ApplicationCreate: {
            /** Format: uuid */
            callId: string;
            /** Format: uuid */
            applicantOrgId: string;
            consortiumName: string;
            park: components["schemas"]["UnitRef"];
        };
        ApplicationDiff: {
            from: string;
            to: string;
            changes: components["schemas"]["FieldChange"][];
        };
        ApplicationPage: {
            items: components["schemas"]["ApplicationSummary"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ApplicationReturn: {
            version: number;
            reason: string;
        };
        ApplicationSummary: {
            id: string;
            callId: string;
            callTitle: string;
            consortiumName: string;
            parkName: string;
            applicantOrg: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            status: "draft" | "submitted" | "returned";
            submittedAt: string | null;
            returnReason: string | null;
            latestVersionNo: number;
            /** @enum {string} */
            callPhase: "draft" | "open" | "closed" | "published";
            resultPublished: boolean;
            isGenerated: boolean;
            version: number;
            updatedAt: string;
        };
        ApplicationVersion: {
            versionNo: number;
            submittedAt: string;
            submittedBy: string | null;
            returnedAt: string | null;
            returnReason: string | null;
            content: components["schemas"]["ApplicationContent"];
            material: components["schemas"]["SupportingMaterial"] | null;
        };
        ApplicationVersionRef: {
            version: number;
        };
        ApplicationVersionSummary: {
            versionNo: number;
            submittedAt: string;
            submittedBy: string | null;
            returnedAt: string | null;
            returnReason: string | null;
        };
        Appointment: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            post: "secretary_general" | "director" | "deputy_director" | "member";
            holderName: string;
            org: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            startOn: string;
            appointedBy: string;
            endedOn: string | null;
            recordedBy: string | null;
        };
        AppointmentEnd: {
            endedOn: components["schemas"]["IsoDate"];
        };
        AppointmentPayload: {
            /** @enum {string} */
            post: "secretary_general" | "director" | "deputy_director" | "member";
            holderName: string;
            /** Format: uuid */
            holderOrgId?: string;
            startOn: components["schemas"]["IsoDate"];
            appointedBy: string;
        };
        AssignmentLimits: {
            reviewsPerApplication: number;
            maxPerExpert: number | null;
        };
        AssignmentOutcome: {
            added: number;
            explanation: string;
            board: components["schemas"]["ReviewBoard"];
        };
        AttendanceEntry: {
            /** Format: uuid */
            orgId: string;
            /** @enum {string} */
            status: "present" | "excused" | "unexcused";
            representativeName?: string;
            /** @enum {string} */
            representativeRole?: "principal" | "vice_principal" | "other";
            note?: string;
        };
        AttendancePayload: {
            entries: components["schemas"]["AttendanceEntry"][];
        };
        AttendanceRow: {
            org: {
                id: string;
                name: string;
            };
            /** @enum {string|null} */
            status: "present" | "excused" | "unexcused" | null;
            representativeName: string | null;
            /** @enum {string|null} */
            representativeRole: "principal" | "vice_principal" | "other" | null;
            note: string | null;
        };
        AttendanceRule: {
            id: string;
            name: string;
            minShare: {
                numerator: number;
                denominator: number;
            };
            attendedMarks: ("present" | "late" | "leave" | "absent")[];
            source: string;
        };
        AttendanceSheet: {
            rule: components["schemas"]["AttendanceRule"];
            term: {
                from: string;
                to: string;
            };
            sessions: {
                id: string;
                sessionOn: string;
                topic: string | null;
                marked: number;
            }[];
            students: {
                nominationId: string;
                studentName: string;
                studentNumber: string;
                home: {
                    id: string;
                    name: string;
                };
                marks: {
                    sessionId: string;
                    /** @enum {string} */
                    mark: "present" | "late" | "leave" | "absent";
                }[];
                summary: components["schemas"]["AttendanceSummary"];
            }[];
        };
        AttendanceSummary: {
            marked: number;
            attended: number;
            rate: number | null;
            display: string | null;
            belowThreshold: boolean;
        };
        AuditEntry: {
            id: number;
            at: string;
            actorUserId: string | null;
            actorUsername: string | null;
            action: string;
            entityType: string;
            entityId: string | null;
            /** @enum {string} */
            outcome: "success" | "denied" | "failure";
            ip: string | null;
            userAgent: string | null;
            requestId: string | null;
            details: {
                [key: string]: unknown;
            };
        };
        AuditPage: {
            items: components["schemas"]["AuditEntry"][];
            total: number;
            page: number;
            pageSize: number;
        };
        AuditVerification: {
            ok: boolean;
            checked: number;
            lastId: number | null;
            break: {
                id: number;
                /** @enum {string} */
                problem: "prev_hash_mismatch" | "hash_mismatch" | "sequence_gap";
                lane?: number | null;
            } | null;
            checkpoint: {
                at: string | null;
                matched: boolean;
                /** @enum {string} */
                signature: "valid" | "bad_signature" | "unreadable";
                mismatches: components["schemas"]["CheckpointMismatch"][];
            } | null;
            archives: {
                checked: number;
                problems: {
                    file: string;
                    /** @enum {string} */
                    problem: "bad_signature" | "file_changed" | "chain_broken" | "not_linked";
                    lane?: number;
                }[];
            };
        };
        AuthorityData: {
            training: {
                years: components["schemas"]["TrainingYear"][];
                stated: components["schemas"]["StatedTrainingTotals"] | null;
            };
        };
        AuthorityDataSave: {
            data: components["schemas"]["AuthorityData"];
            version: number;
        };
        AuthorityDataView: {
            cycle: {
                id: string;
                title: string;
                reportYear: number;
            };
            data: components["schemas"]["AuthorityData"];
            trainingTotals: {
                baseUnits: number | null;
                trainingCourses: number | null;
                trainingPersonTimes: number | null;
                trainingHours: number | null;
            };
            differences: {
                table: string;
                column: string;
                stated: number;
                computed: number | null;
                source: string;
            }[];
            version: number;
        };
        AutoAssignment: {
            seed?: string;
        };
        Ballot: {
            itemId: string;
            org: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            choice: "yes" | "no" | "abstain";
            /** @enum {string} */
            castVia: "representative" | "paper";
            castAt: string;
        };
        BallotPayload: {
            /** Format: uuid */
            orgId: string;
            /** @enum {string} */
            choice: "yes" | "no" | "abstain";
        };
        BilingualParam: {
            "zh-CN": string;
            "en-US": string;
        };
        BoardApplication: {
            id: string;
            consortiumName: string;
            parkName: string;
            applicantName: string;
            reviews: components["schemas"]["BoardReview"][];
            validCount: number;
        };
        BoardReview: {
            id: string;
            expertId: string;
            expertName: string;
            /** @enum {string} */
            status: "assigned" | "submitted";
            /** @enum {string} */
            source: "manual" | "automatic";
            conflicted: boolean;
            total: string | null;
        };
        Body: {
            id: string;
            name: string;
            shortName: string | null;
            /** @enum {string} */
            kind: "alliance" | "consortium" | "community" | "district_alliance";
            regionCode: string | null;
            regionName: string | null;
            secretariatOrg: {
                id: string;
                name: string;
            } | null;
            memberCount: number;
            foundedOn: string | null;
            isGenerated: boolean;
            version: number;
            description: string | null;
            sourceNote: string | null;
            createdAt: string;
            updatedAt: string;
            abilities?: components["schemas"]["BodyAbilities"];
        };
        BodyAbilities: {
            update: boolean;
            manageMembers: boolean;
            manageLiaisons: boolean;
            unmask: boolean;
        };
        BodyPayload: {
            name: string;
            shortName?: string;
            /** @enum {string} */
            kind: "alliance" | "consortium" | "community" | "district_alliance";
            regionCode?: string;
            /** Format: uuid */
            secretariatOrgId?: string;
            foundedOn?: components["schemas"]["IsoDate"];
            description?: string;
        };
        BodyMember: {
            id: string;
            org: {
                id: string;
                name: string;
                /** @enum {string} */
                type: "secondary_vocational" | "higher_vocational" | "vocational_undergraduate" | "university" | "enterprise" | "industry_association" | "education_authority" | "government" | "park" | "research_institute" | "training_institution" | "other";
                regionName: string | null;
            };
            /** @enum {string} */
            memberRole: "founding" | "lead_school" | "lead_enterprise" | "lead_park" | "chair" | "member";
            isFounding: boolean;
            joinedOn: string;
            joinReason: string | null;
            leftOn: string | null;
            leaveReason: string | null;
            liaisonCount: number;
        };
        BodyMemberPayload: {
            /** Format: uuid */
            orgId: string;
            joinedOn: components["schemas"]["IsoDate"];
            reason: string;
            /** @enum {string} */
            memberRole?: "founding" | "lead_school" | "lead_enterprise" | "lead_park" | "chair" | "member";
            isFounding?: boolean;
        };
        BodyMemberPage: {
            items: components["schemas"]["BodyMember"][];
            total: number;
            page: number;
            pageSize: number;
        };
        BodyMemberRemoval: {
            leftOn: components["schemas"]["IsoDate"];
            reason: string;
        };
        BodyPage: {
            items: components["schemas"]["BodySummary"][];
            total: number;
            page: number;
            pageSize: number;
        };
        BodySummary: {
            id: string;
            name: string;
            shortName: string | null;
            /** @enum {string} */
            kind: "alliance" | "consortium" | "community" | "district_alliance";
            regionCode: string | null;
            regionName: string | null;
            secretariatOrg: {
                id: string;
                name: string;
            } | null;
            memberCount: number;
            foundedOn: string | null;
            isGenerated: boolean;
            version: number;
        };
        BodyUpdate: {
            name?: string;
            shortName?: string | null;
            /** @enum {string} */
            kind?: "alliance" | "consortium" | "community" | "district_alliance";
            regionCode?: string | null;
            /** Format: uuid */
            secretariatOrgId?: string | null;
            foundedOn?: components["schemas"]["IsoDate"] | null;
            description?: string | null;
            version: number;
        };
        Budget: {
            year: number;
            /** @enum {string} */
            phase: "none" | "draft" | "under_review" | "approved" | "rejected";
            lines: {
                /** @enum {string} */
                kind: "income" | "expense";
                category: string;
                amountFen: number;
                amount: string;
                note: string | null;
            }[];
            approval: {
                meetingId: string;
                meetingTitle: string;
                heldOn: string;
                itemId: string;
                voteStatus: string;
                resolutionNo: number | null;
            } | null;
            execution: components["schemas"]["ExecutionRow"][];
            version: number | null;
        };
        BudgetPayload: {
            lines: components["schemas"]["BudgetLinePayload"][];
            version?: number;
        };
        BudgetLinePayload: {
            /** @enum {string} */
            kind: "income" | "expense";
            /** @enum {string} */
            category: "chair_unit_support" | "public_funding" | "service_income" | "member_support" | "other_income" | "secretariat_office" | "cooperation_projects" | "activities" | "other_expense";
            amount: components["schemas"]["Yuan"];
            note?: string;
        };
        Bulletin: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            bodyId: string;
            bodyName: string;
            org: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** @enum {string} */
            status: "draft" | "submitted" | "published";
            issueNumber: number | null;
            subject: string;
            headline: string | null;
            eventOn: string | null;
            content: string;
            keywords: string[];
            reportTo: string | null;
            copyTo: string | null;
            issuer: string | null;
            issuedOn: string | null;
            draftedBy: string | null;
            reviewedBy: string | null;
            submittedAt: string | null;
            publishedAt: string | null;
            viewCount: number;
            shareCount: number;
            version: number;
            abilities: {
                edit: boolean;
                submit: boolean;
                publish: boolean;
            };
        };
        BulletinCount: {
            count: number;
        };
        BulletinDraftPayload: {
            /** Format: uuid */
            orgId: string;
            subject: string;
            headline?: string;
            eventOn?: components["schemas"]["IsoDate"];
            content: string;
            /** @default [] */
            keywords: string[];
            draftedBy?: string;
        };
        BulletinList: {
            items: components["schemas"]["Bulletin"][];
        };
        BulletinPublishPayload: {
            issuedOn: components["schemas"]["IsoDate"];
            version: number;
        };
        BulletinQuarterTable: {
            year: number;
            min: number;
            max: number;
            /** @enum {string} */
            parameterSource: "charter" | "default";
            quarters: string[];
            rows: {
                org: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                cells: {
                    quarter: string;
                    count: number;
                    /** @enum {string} */
                    status: "below" | "met" | "above" | "open" | "upcoming" | "not_member";
                }[];
            }[];
        };
        BulletinUpdate: {
            subject?: string;
            headline?: string | null;
            eventOn?: components["schemas"]["IsoDate"] | null;
            content?: string;
            keywords?: string[];
            draftedBy?: string | null;
            reviewedBy?: string | null;
            reportTo?: string | null;
            copyTo?: string | null;
            issuer?: string | null;
            version: number;
        };
        BulletinVersion: {
            version: number;
        };
        Call: {
            id: string;
            title: string;
            documentNumber: string | null;
            authority: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            status: "draft" | "open" | "closed";
            /** @enum {string} */
            phase: "draft" | "open" | "closed" | "published";
            resultsPublishedAt: string | null;
            deadline: string;
            deadlineAt: string;
            applicationCount: number;
            submittedCount: number;
            isGenerated: boolean;
            version: number;
            noticeText: string | null;
            eligibility: string | null;
            /** @enum {string} */
            formKey: "consortium_recommendation";
            formVersion: number;
            textLimits: components["schemas"]["TextLimits"];
            limits: components["schemas"]["CallLimits"];
            indicatorSystem: components["schemas"]["IndicatorSystemSummary"];
            openedAt: string | null;
            closedAt: string | null;
            createdAt: string;
        };
        CallPayload: {
            /** Format: uuid */
            authorityOrgId: string;
            title: string;
            documentNumber?: string;
            noticeText?: string;
            eligibility?: string;
            deadline: components["schemas"]["ShanghaiDateTime"];
            /** Format: uuid */
            indicatorSystemId?: string;
            /**
             * @default consortium_recommendation
             * @enum {string}
             */
            formKey: "consortium_recommendation";
            textLimits?: components["schemas"]["TextLimits"];
            limits?: {
                applicationsPerPark?: number;
                supportingMaterialPages?: number;
                mainServedIndustries?: number;
                relatedMajorsPerSchool?: number;
            };
        };
        CallLimits: {
            applicationsPerPark: number;
            supportingMaterialPages: number;
            mainServedIndustries: number;
            relatedMajorsPerSchool: number;
        };
        CallPage: {
            items: components["schemas"]["CallSummary"][];
            total: number;
            page: number;
            pageSize: number;
        };
        CallSummary: {
            id: string;
            title: string;
            documentNumber: string | null;
            authority: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            status: "draft" | "open" | "closed";
            /** @enum {string} */
            phase: "draft" | "open" | "closed" | "published";
            resultsPublishedAt: string | null;
            deadline: string;
            deadlineAt: string;
            applicationCount: number;
            submittedCount: number;
            isGenerated: boolean;
            version: number;
        };
        CallTransition: {
            version: number;
        };
        CallUpdate: {
            title?: string;
            documentNumber?: string;
            noticeText?: string;
            eligibility?: string;
            deadline?: components["schemas"]["ShanghaiDateTime"];
            /** Format: uuid */
            indicatorSystemId?: string;
            textLimits?: components["schemas"]["TextLimits"];
            limits?: {
                applicationsPerPark?: number;
                supportingMaterialPages?: number;
                mainServedIndustries?: number;
                relatedMajorsPerSchool?: number;
            };
            version: number;
        };
        CapabilityReason: {
            /** @enum {string} */
            kind: "offersMajor" | "offersRelatedMajor" | "base" | "course" | "partner";
            /** @enum {string} */
            entryKind: "major" | "base" | "partner" | "course";
            title: string;
            summary: string;
            matched: string[];
            points: number;
        };
        CapabilityResult: {
            target: string;
            items: components["schemas"]["CapableMember"][];
            scoring: {
                /** @enum {string} */
                kind: "offersMajor" | "offersRelatedMajor" | "base" | "course" | "partner";
                points: number;
                counted: number;
            }[];
        };
        CapableMember: {
            org: {
                id: string;
                name: string;
            };
            city: {
                code: string;
                name: string;
            } | null;
            rank: number;
            points: number;
            workstations: number;
            reasons: components["schemas"]["CapabilityReason"][];
        };
        CaseToAgendaPayload: {
            /** Format: uuid */
            meetingId?: string;
            version: number;
        };
        Certificate: {
            id: string;
            bodyId: string;
            org: {
                id: string;
                name: string;
            };
            number: string;
            issuedOn: string;
            returnedOn: string | null;
        };
        ChairOverride: {
            /** Format: uuid */
            id: string;
            year: number;
            org: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            reason: string;
            decidedOn: string;
            recordedBy: string | null;
            createdAt: string;
        };
        ChairOverridePayload: {
            year: number;
            /** Format: uuid */
            orgId: string;
            reason: string;
            decidedOn: components["schemas"]["IsoDate"];
        };
        ChairPlanPayload: {
            firstYear: number;
            years: number;
            /** Format: uuid */
            firstOrgId: string;
            version?: number;
        };
        ChairRotationRule: {
            termYears: number;
            /** @enum {string} */
            basis: "city" | "member" | "none";
        };
        ChairSchedule: {
            plan: {
                firstYear: number;
                years: number;
                firstOrg: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                generatedAt: string;
                version: number;
            } | null;
            years: components["schemas"]["ChairYear"][];
            overrides: components["schemas"]["ChairOverride"][];
            candidates: {
                /** Format: uuid */
                id: string;
                name: string;
                city: string;
                joinedOn: string;
            }[];
            rule: {
                termYears: number;
                /** @enum {string} */
                basis: "city" | "member" | "none";
                /** @enum {string} */
                source: "charter" | "default";
            };
            abilities: {
                manage: boolean;
            };
        };
        ChairYear: {
            year: number;
            org: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            city: string;
            /** @enum {string} */
            source: "first" | "override" | "rotation" | "new_round";
            explanation: string;
        };
        ChangePasswordBody: {
            currentPassword: string;
            newPassword: string;
        };
        CharterAmendmentProposal: {
            parameters: components["schemas"]["CharterParameters"];
            chairRotation: components["schemas"]["ChairRotationRule"];
            text?: string;
        };
        CharterParameters: {
            votes: {
                resolution: components["schemas"]["VoteThreshold"];
                charterAmendment: components["schemas"]["VoteThreshold"];
                termination: components["schemas"]["VoteThreshold"];
                expulsion: components["schemas"]["VoteThreshold"];
            };
            quorum: components["schemas"]["Quorum"] | null;
            withdrawalNotice: components["schemas"]["Period"];
            expulsionBan: components["schemas"]["Period"];
            unexcusedAbsencesForExpulsion: number;
            committeeTerm: components["schemas"]["Period"];
            committeeTermRenewalLimit: number | null;
            bulletinsPerQuarterMin: number;
            bulletinsPerQuarterMax: number;
        };
        CharterRegistration: {
            parameters: components["schemas"]["CharterParameters"];
            chairRotation: components["schemas"]["ChairRotationRule"];
            charterTitle: string;
            text: string;
            effectiveOn: components["schemas"]["IsoDate"];
            adoptionBasis: string;
        };
        CharterSettings: {
            parameters: components["schemas"]["CharterParameters"];
            chairRotation: components["schemas"]["ChairRotationRule"];
        };
        CharterVersion: {
            id: string;
            bodyId: string;
            title: string;
            versionNo: number;
            text: string;
            parameters: components["schemas"]["CharterParameters"];
            chairRotation: components["schemas"]["ChairRotationRule"];
            effectiveOn: string;
            adoptedByItemId: string | null;
            note: string | null;
            createdAt: string;
        };
        CharterView: {
            current: components["schemas"]["CharterVersion"] | null;
            history: {
                id: string;
                bodyId: string;
                title: string;
                versionNo: number;
                parameters: components["schemas"]["CharterParameters"];
                chairRotation: components["schemas"]["ChairRotationRule"];
                effectiveOn: string;
                adoptedByItemId: string | null;
                note: string | null;
                createdAt: string;
            }[];
            ruleTexts: {
                [key: string]: string;
            };
            abilities: {
                register: boolean;
                proposeAmendment: boolean;
            };
        };
        CheckpointMismatch: {
            /** @enum {string} */
            problem: "entries_missing";
            lane: number | null;
            expected: number;
            found: number;
        } | {
            /** @enum {string} */
            problem: "hash_differs";
            lane: number | null;
            seq: number;
        };
        CityCount: {
            cityCode: string;
            cityName: string;
            members: number;
            majors: number;
            bases: number;
            workstations: number;
            partners: number;
            courses: number;
        };
        ClassRulePayload: {
            /** Format: uuid */
            courseId: string;
            /** Format: uuid */
            homeOrgId: string;
            /** @enum {string} */
            outcome: "recognised" | "converted";
            ownCourseName?: string;
            ownCredits?: number;
            refusalReason: string;
        };
        ClassRulePlan: {
            course: {
                id: string;
                name: string;
                credits: number;
            };
            rows: components["schemas"]["ClassRuleRow"][];
            counts: {
                recognised: number;
                converted: number;
                refused: number;
                skipped: number;
            };
            applied: number | null;
        };
        ClassRuleRow: {
            nominationId: string;
            studentName: string;
            studentNumber: string;
            score: number | null;
            passed: boolean | null;
            /** @enum {string} */
            action: "recognised" | "converted" | "refused" | "skipped";
            credits: number | null;
            grade: string | null;
            why: {
                "zh-CN": string;
                "en-US": string;
            };
        };
        CommitmentSection: {
            parkSignatory: {
                /** @default null */
                name: string | null;
                signedOn: components["schemas"]["OptionalDate"];
                /**
                 * Format: uuid
                 * @default null
                 */
                sealFileId: string | null;
            };
            enterpriseSignatory: {
                /** @default null */
                name: string | null;
                signedOn: components["schemas"]["OptionalDate"];
                /**
                 * Format: uuid
                 * @default null
                 */
                sealFileId: string | null;
            };
            schoolSignatory: {
                /** @default null */
                name: string | null;
                signedOn: components["schemas"]["OptionalDate"];
                /**
                 * Format: uuid
                 * @default null
                 */
                sealFileId: string | null;
            };
            /** @default null */
            authorityOpinion: string | null;
            authoritySignatory: {
                /** @default null */
                name: string | null;
                signedOn: components["schemas"]["OptionalDate"];
                /**
                 * Format: uuid
                 * @default null
                 */
                sealFileId: string | null;
            };
        };
        Completeness: {
            answered: ("majors" | "teachers" | "bases" | "partners" | "courses")[];
            missing: ("majors" | "teachers" | "bases" | "partners" | "courses")[];
            percent: number;
        };
        ComplianceAssignPayload: {
            /** Format: uuid */
            reportId: string;
            /** Format: uuid */
            expertId: string;
        };
        ComplianceConflictDeclare: {
            reason: string;
        };
        ComplianceFinding: {
            key: string;
            title: {
                "zh-CN": string;
                "en-US": string;
            };
            expertName: string;
            verdict: string;
            text: string;
        };
        ComplianceItemPayload: {
            key: string;
            /** @enum {string|null} */
            verdict: "met" | "finding" | "failed" | null;
            finding?: string;
        };
        ComplianceOverview: {
            cycle: {
                id: string;
                title: string;
                reportYear: number;
                authority: {
                    id: string;
                    name: string;
                };
                publishDeadline: string;
            };
            checklist: {
                version: string;
                items: {
                    key: string;
                    title: {
                        "zh-CN": string;
                        "en-US": string;
                    };
                    guidance: {
                        "zh-CN": string;
                        "en-US": string;
                    };
                    check: string | null;
                }[];
            };
            rule: {
                "zh-CN": string;
                "en-US": string;
            };
            experts: {
                id: string;
                name: string;
                shared: boolean;
                affiliations: string[];
            }[];
            reports: components["schemas"]["ComplianceReportRow"][];
            summary: components["schemas"]["ComplianceSummaryRow"][];
        };
        ComplianceReportRow: {
            id: string;
            org: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            level: "school_secondary" | "school_higher" | "district" | "enterprise";
            /** @enum {string} */
            status: "draft" | "submitted" | "returned" | "reviewed" | "approved";
            published: boolean;
            blockedReason: string | null;
            evaluations: {
                id: string;
                expert: {
                    id: string;
                    name: string;
                };
                /** @enum {string} */
                status: "assigned" | "submitted" | "conflict";
                conflictReason: string | null;
                submittedAt: string | null;
            }[];
            conflicts: {
                expertId: string;
                reason: {
                    "zh-CN": string;
                    "en-US": string;
                };
            }[];
            /** @enum {string} */
            result: "pending" | "passed" | "findings" | "failed";
            items: {
                key: string;
                title: {
                    "zh-CN": string;
                    "en-US": string;
                };
                /** @enum {string|null} */
                verdict: "met" | "finding" | "failed" | null;
                counts: {
                    met: number;
                    finding: number;
                    failed: number;
                };
            }[];
            findings: components["schemas"]["ComplianceFinding"][];
            sentBack: {
                at: string;
                actorName: string | null;
                reason: string;
            }[];
            maySendBack: boolean;
            version: number;
        };
        ComplianceSendBack: {
            version: number;
            remark?: string;
        };
        ComplianceSheet: {
            id: string;
            cycle: {
                id: string;
                title: string;
                reportYear: number;
                publishDeadline: string;
            };
            report: {
                id: string;
                org: {
                    id: string;
                    name: string;
                };
                /** @enum {string} */
                level: "school_secondary" | "school_higher" | "district" | "enterprise";
                /** @enum {string} */
                status: "draft" | "submitted" | "returned" | "reviewed" | "approved";
            };
            publicPath: string | null;
            /** @enum {string} */
            status: "assigned" | "submitted" | "conflict";
            checklistVersion: string;
            items: components["schemas"]["ComplianceSheetItem"][];
            conflictReason: string | null;
            submittedAt: string | null;
            mayEdit: boolean;
            version: number;
        };
        ComplianceSheetItem: {
            key: string;
            title: {
                "zh-CN": string;
                "en-US": string;
            };
            guidance: {
                "zh-CN": string;
                "en-US": string;
            };
            /** @enum {string|null} */
            check: "data_complete" | "figures_consistent" | "statement_signed" | "published_on_time" | null;
            preassessment: {
                /** @enum {string|null} */
                verdict: "met" | "finding" | "failed" | null;
                evidence: {
                    "zh-CN": string;
                    "en-US": string;
                }[];
            };
            /** @enum {string|null} */
            verdict: "met" | "finding" | "failed" | null;
            finding: string | null;
        };
        ComplianceSheetSave: {
            version: number;
            items: components["schemas"]["ComplianceItemPayload"][];
        };
        ComplianceSummaryRow: {
            /** @enum {string} */
            level: "school_secondary" | "school_higher" | "district" | "enterprise";
            participants: number;
            evaluated: number;
            passed: number;
            findings: number;
            failed: number;
            pending: number;
        };
        ComputedRate: {
            /** @enum {string} */
            key: "studentTeacherRatio" | "professionalShare" | "seniorTitleShare" | "masterShare" | "dualQualifiedShare" | "partTimeShare" | "equipmentPerStudent" | "workstationsPerStudent" | "matchedEmploymentRate" | "directEmploymentRate" | "furtherStudyRate";
            label: {
                "zh-CN": string;
                "en-US": string;
            };
            value: number | null;
            display: string | null;
            formula: {
                "zh-CN": string;
                "en-US": string;
            };
            stated: number | null;
            differs: boolean;
            note: {
                "zh-CN": string;
                "en-US": string;
            } | null;
        };
        Conflict: {
            expertId: string;
            expertName: string;
            applicationId: string;
            applicationName: string;
            evidence: components["schemas"]["ConflictEvidence"][];
            summary: string;
        };
        ConflictDeclare: {
            reason: string;
        };
        ConflictEvidence: {
            /** @enum {string} */
            kind: "affiliation";
            /** @enum {string} */
            place: "park" | "lead_school" | "lead_enterprise" | "secretariat" | "member_enterprise" | "member_school" | "member_other";
            row: number | null;
            /** @enum {string} */
            matchedBy: "orgId" | "uscc" | "name";
            unitName: string | null;
        } | {
            /** @enum {string} */
            kind: "declared" | "pinned";
            reason: string;
            statedId: string;
        };
        ConflictPin: {
            /** Format: uuid */
            expertId: string;
            /** Format: uuid */
            applicationId: string;
            reason: string;
        };
        ConversionRule: {
            id: string;
            name: string;
            bands: {
                minScore: number;
                grade: string;
                passes: boolean;
            }[];
            passGrade: string;
            failGrade: string;
        };
        Course: {
            id: string;
            host: {
                id: string;
                name: string;
            };
            name: string;
            credits: number;
            hours: number;
            term: string;
            seats: number;
            accepted: number;
            nominated: number;
            /** @enum {string} */
            mode: "online" | "offline" | "blended";
            /** @enum {string} */
            grading: "score" | "pass_fail";
            prerequisites: string | null;
            hostTeacher: string;
            /** @enum {string} */
            status: "open" | "closed";
            closedAt: string | null;
            isGenerated: boolean;
            resultsRecorded: number;
            version: number;
        };
        CourseAttendancePayload: {
            marks: {
                /** Format: uuid */
                nominationId: string;
                /** @enum {string} */
                mark: "present" | "late" | "leave" | "absent";
            }[];
        };
        CourseChanged: {
            id: string;
            version: number;
        };
        CourseCreated: {
            id: string;
        };
        CourseDetail: {
            course: components["schemas"]["Course"];
            nominations: components["schemas"]["Nomination"][];
            nominateFor: {
                id: string;
                name: string;
            }[];
            mayManage: boolean;
        };
        CoursePayload: {
            name: string;
            credits: number;
            hours: number;
            term: string;
            seats: number;
            /** @enum {string} */
            mode: "online" | "offline" | "blended";
            /** @enum {string} */
            grading: "score" | "pass_fail";
            prerequisites?: string;
            hostTeacher: string;
        };
        CourseList: {
            hosted: components["schemas"]["Course"][];
            open: components["schemas"]["Course"][];
        };
        CourseUpdate: {
            name: string;
            credits: number;
            hours: number;
            term: string;
            seats: number;
            /** @enum {string} */
            mode: "online" | "offline" | "blended";
            /** @enum {string} */
            grading: "score" | "pass_fail";
            prerequisites?: string;
            hostTeacher: string;
            version: number;
        };
        CoverSection: {
            /** @default null */
            consortiumName: string | null;
            /** @default null */
            recommendingRegion: string | null;
            park: components["schemas"]["UnitRef"];
            leadSchool: components["schemas"]["UnitRef"];
            leadEnterprise: components["schemas"]["UnitRef"];
            filledOn: components["schemas"]["OptionalDate"];
        };
        Coverage: {
            cycle: components["schemas"]["Cycle"];
            today: string;
            levels: components["schemas"]["CoverageLevel"][];
            participants: components["schemas"]["CoverageRow"][];
        };
        CoverageLevel: {
            /** @enum {string} */
            level: "school_secondary" | "school_higher" | "district" | "enterprise";
            participants: number;
            submitted: number;
            approved: number;
            published: number;
            late: number;
        };
        CoverageRow: {
            id: string;
            org: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            level: "school_secondary" | "school_higher" | "district" | "enterprise";
            /** @enum {string} */
            status: "draft" | "submitted" | "returned" | "reviewed" | "approved";
            submittedAt: string | null;
            approvedAt: string | null;
            /** @enum {string|null} */
            lateStage: "submit" | "review" | "approve" | "publish" | null;
        };
        CredentialCheck: {
            valid: boolean;
            /** @enum {string|null} */
            problem: "malformed" | "unknown_key" | "signature" | "tampered" | "unknown_record" | "withdrawn" | null;
            reason: {
                "zh-CN": string;
                "en-US": string;
            };
            credentialId: string | null;
            issuedAt: string | null;
            keyId: string | null;
            withdrawn: {
                at: string;
                reason: string;
            } | null;
            summary: components["schemas"]["CredentialSummary"] | null;
        };
        CredentialSummary: {
            issuerName: string;
            studentName: string;
            studentNumber: string;
            school: string;
            major: string;
            creditsRecognised: number;
            courses: {
                courseName: string;
                host: string;
                term: string;
                credits: number;
                result: string;
                recognition: string;
            }[];
        };
        CredentialUpload: {
            [key: string]: unknown;
        };
        Cycle: {
            id: string;
            authority: {
                id: string;
                name: string;
            };
            reportYear: number;
            title: string;
            noticeNumber: string | null;
            levels: ("school_secondary" | "school_higher" | "district" | "enterprise")[];
            deadlines: {
                submit: string;
                review: string;
                approve: string;
                publish: string;
            };
            outline: string[];
            indicatorSetVersion: string;
            /** @enum {string} */
            status: "draft" | "open";
            openedAt: string | null;
            participantCount: number;
            version: number;
            mayManage: boolean;
        };
        CyclePayload: {
            /** Format: uuid */
            authorityOrgId: string;
            reportYear: number;
            title: string;
            noticeNumber?: string;
            levels: ("school_secondary" | "school_higher" | "district" | "enterprise")[];
            reportingUnits: components["schemas"]["CycleParticipantPayload"][];
            deadlines: {
                submit: components["schemas"]["IsoDate"];
                review: components["schemas"]["IsoDate"];
                approve: components["schemas"]["IsoDate"];
                publish: components["schemas"]["IsoDate"];
            };
            outline: string[];
        };
        CycleList: {
            items: components["schemas"]["Cycle"][];
        };
        CycleParticipantPayload: {
            /** Format: uuid */
            orgId: string;
            /** @enum {string} */
            level: "school_secondary" | "school_higher" | "district" | "enterprise";
        };
        Dashboard: {
            items: components["schemas"]["DashboardItem"][];
        };
        DashboardItem: {
            key: string;
            /** @enum {string} */
            severity: "info" | "warning" | "danger";
            title: string;
            count: number;
            description: string;
            link: string;
        };
        DeclinePayload: {
            reason: string;
        };
        /** @enum {string} */
        DeliveryChannel: "inbox" | "email" | "digest";
        Demand: {
            id: string;
            org: {
                id: string;
                name: string;
            };
            position: string;
            occupation: string;
            occupationCode: string | null;
            majors: components["schemas"]["MajorRef"][];
            /** @enum {string} */
            educationLevel: "secondary" | "higher_associate" | "higher_bachelor";
            startYear: number;
            headcounts: number[];
            skills: string | null;
            location: {
                code: string;
                name: string;
            };
            wageMin: number | null;
            wageMax: number | null;
            apprenticeshipPlaces: number;
            internshipPlaces: number;
            isGenerated: boolean;
            version: number;
            updatedAt: string;
        };
        DemandPayload: {
            /** Format: uuid */
            orgId: string;
            position: string;
            occupation: string;
            occupationCode?: components["schemas"]["OccupationCode"];
            majorCodes: components["schemas"]["MajorCode"][];
            /** @enum {string} */
            educationLevel: "secondary" | "higher_associate" | "higher_bachelor";
            startYear: components["schemas"]["StartYear"];
            headcounts: components["schemas"]["ThreeYears"];
            skills?: string;
            locationRegionCode: components["schemas"]["RegionCode"];
            wageMin?: number;
            wageMax?: number;
            /** @default 0 */
            apprenticeshipPlaces: number;
            /** @default 0 */
            internshipPlaces: number;
        };
        DemandList: {
            items: components["schemas"]["Demand"][];
        };
        DemandUpdate: {
            position: string;
            occupation: string;
            occupationCode?: components["schemas"]["OccupationCode"];
            majorCodes: components["schemas"]["MajorCode"][];
            /** @enum {string} */
            educationLevel: "secondary" | "higher_associate" | "higher_bachelor";
            startYear: components["schemas"]["StartYear"];
            headcounts: components["schemas"]["ThreeYears"];
            skills?: string;
            locationRegionCode: components["schemas"]["RegionCode"];
            wageMin?: number;
            wageMax?: number;
            /** @default 0 */
            apprenticeshipPlaces: number;
            /** @default 0 */
            internshipPlaces: number;
            version: number;
        };
        DidDocument: {
            "@context": string[];
            id: string;
            verificationMethod: {
                id: string;
                /** @enum {string} */
                type: "Multikey";
                controller: string;
                publicKeyMultibase: string;
            }[];
            assertionMethod: string[];
        };
        DismissPayload: {
            reason: string;
            version: number;
        };
        EffectivenessSection: {
            coBuiltMajors: {
                y2025: components["schemas"]["FormCount"];
                y2026: components["schemas"]["FormCount"];
            };
            coBuiltCourses: {
                y2025: components["schemas"]["FormCount"];
                y2026: components["schemas"]["FormCount"];
            };
            coBuiltTextbooks: {
                y2025: components["schemas"]["FormCount"];
                y2026: components["schemas"]["FormCount"];
            };
            coBuiltTrainingBases: {
                y2025: components["schemas"]["FormCount"];
                y2026: components["schemas"]["FormCount"];
            };
            coBuiltIndustryColleges: {
                y2025: components["schemas"]["FormCount"];
                y2026: components["schemas"]["FormCount"];
            };
            enterpriseTeachers: {
                y2025: {
                    personTimes: components["schemas"]["FormCount"];
                    hours: components["schemas"]["FormCount"];
                };
                y2026: {
                    personTimes: components["schemas"]["FormCount"];
                    hours: components["schemas"]["FormCount"];
                };
            };
            interSchoolTeachers: {
                y2025: {
                    personTimes: components["schemas"]["FormCount"];
                    hours: components["schemas"]["FormCount"];
                };
                y2026: {
                    personTimes: components["schemas"]["FormCount"];
                    hours: components["schemas"]["FormCount"];
                };
            };
            teacherPractice: {
                y2025: components["schemas"]["FormAmount"];
                y2026: components["schemas"]["FormAmount"];
            };
            teachingTeamAwards: components["schemas"]["LongText"];
            apprenticeship: {
                y2025: components["schemas"]["FormCount"];
                y2026: components["schemas"]["FormCount"];
            };
            fieldEngineers: {
                y2025: components["schemas"]["FormCount"];
                y2026: components["schemas"]["FormCount"];
            };
            otherJointTraining: {
                y2025: components["schemas"]["FormCount"];
                y2026: components["schemas"]["FormCount"];
            };
            talentDemandReports: {
                y2025: components["schemas"]["FormCount"];
                y2026: components["schemas"]["FormCount"];
            };
            talentPlatform: {
                y2025: components["schemas"]["LongText"];
                y2026: components["schemas"]["LongText"];
            };
            newPractices: {
                y2025: components["schemas"]["LongText"];
                y2026: components["schemas"]["LongText"];
            };
            apprenticePositionRatio: {
                y2025: components["schemas"]["FormPercent"];
                y2026: components["schemas"]["FormPercent"];
            };
            internshipVolume: {
                y2025: components["schemas"]["FormAmount"];
                y2026: components["schemas"]["FormAmount"];
            };
            secondaryHigherThrough: {
                y2025: components["schemas"]["FormCount"];
                y2026: components["schemas"]["FormCount"];
            };
            secondaryHigherBachelor: {
                y2025: components["schemas"]["FormCount"];
                y2026: components["schemas"]["FormCount"];
            };
            undergraduateAdmissions: {
                y2025: components["schemas"]["FormCount"];
                y2026: components["schemas"]["FormCount"];
            };
            examAdmissionRate: {
                y2025: components["schemas"]["FormPercent"];
                y2026: components["schemas"]["FormPercent"];
            };
            employmentRate: {
                y2025: components["schemas"]["FormPercent"];
                y2026: components["schemas"]["FormPercent"];
            };
            skillsCompetitionAwards: components["schemas"]["LongText"];
            techServicePlatforms: {
                y2025: components["schemas"]["FormCount"];
                y2026: components["schemas"]["FormCount"];
            };
            rdConversionRate: {
                y2025: components["schemas"]["FormPercent"];
                y2026: components["schemas"]["FormPercent"];
            };
            rdFunding: {
                y2025: components["schemas"]["FormAmount"];
                y2026: components["schemas"]["FormAmount"];
            };
            researchOutputs: {
                y2025: components["schemas"]["FormCount"];
                y2026: components["schemas"]["FormCount"];
            };
            skillAppraisals: {
                y2025: components["schemas"]["FormCount"];
                y2026: components["schemas"]["FormCount"];
            };
            masterStudios: {
                y2025: components["schemas"]["FormCount"];
                y2026: components["schemas"]["FormCount"];
            };
            employeeTrainingDays: {
                y2025: components["schemas"]["FormAmount"];
                y2026: components["schemas"]["FormAmount"];
            };
            socialTrainingDays: {
                y2025: components["schemas"]["FormAmount"];
                y2026: components["schemas"]["FormAmount"];
            };
        };
        EmailDelivery: {
            /** Format: uuid */
            id: string;
            username: string;
            address: string;
            kindLabel: string;
            /** @enum {string} */
            status: "pending" | "sent" | "failed";
            attempts: number;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        EmailDeliveryPage: {
            items: components["schemas"]["EmailDelivery"][];
            total: number;
        };
        EnterpriseApplication: {
            /** Format: uuid */
            orgId: string;
            statement: string;
        };
        EnterpriseDecisionPayload: {
            /** @enum {string} */
            action: "admit" | "reject" | "approve_exit" | "remove";
            reason?: string;
            stepOn?: components["schemas"]["IsoDate"];
            version: number;
        };
        EnterpriseExitRequest: {
            reason: string;
            stepOn?: components["schemas"]["IsoDate"];
            version: number;
        };
        EnterpriseList: {
            items: components["schemas"]["EnterpriseListEntry"][];
        };
        EnterpriseListEntry: {
            id: string;
            org: {
                id: string;
                name: string;
            };
            region: {
                code: string;
                name: string;
            } | null;
            /** @enum {string} */
            status: "applied" | "listed" | "rejected" | "exit_requested" | "exited";
            statement: string;
            appliedOn: string;
            listedOn: string | null;
            exitedOn: string | null;
            reason: string | null;
            isGenerated: boolean;
            version: number;
            history: components["schemas"]["ListHistoryItem"][];
        };
        ErasurePayload: {
            request: string;
        };
        ErasureResult: {
            pseudonym: string;
            erasedAt: string;
            already: boolean;
            held: {
                record: {
                    "zh-CN": string;
                    "en-US": string;
                };
                count: number;
            }[];
        };
        ErasureRule: {
            /** @enum {string} */
            kind: "student" | "teacher";
            record: {
                "zh-CN": string;
                "en-US": string;
            };
            /** @enum {string} */
            treatment: "pseudonymise" | "erase" | "hold";
            why: {
                "zh-CN": string;
                "en-US": string;
            };
            basis: string;
        };
        ExchangeBoard: {
            items: components["schemas"]["ExchangePost"][];
        };
        ExchangeMatch: {
            post: components["schemas"]["ExchangePost"];
            score: number;
            reasons: {
                "zh-CN": string;
                "en-US": string;
            }[];
        };
        ExchangePost: {
            id: string;
            /** @enum {string} */
            kind: "teacher_offer" | "teacher_request" | "experience";
            org: {
                id: string;
                name: string;
            };
            title: string;
            classCode: string;
            className: string;
            fields: string;
            days: number | null;
            capacity: number | null;
            startsOn: string;
            endsOn: string;
            description: string | null;
            /** @enum {string} */
            status: "open" | "closed";
            createdAt: string;
            isGenerated: boolean;
        };
        ExchangePostPayload: {
            /** @enum {string} */
            kind: "teacher_offer" | "teacher_request" | "experience";
            title: string;
            classCode: components["schemas"]["MajorClassCode"];
            fields: string;
            days?: number;
            capacity?: number;
            startsOn: components["schemas"]["IsoDate"];
            endsOn: components["schemas"]["IsoDate"];
            description?: string;
        };
        ExchangeTotals: {
            year: number;
            rows: components["schemas"]["ExchangeTotalsRow"][];
        };
        ExchangeTotalsRow: {
            org: {
                id: string;
                name: string;
            };
            teacherDaysSent: number;
            teacherHoursSent: number;
            teacherDaysReceived: number;
            teacherHoursReceived: number;
            experienceActivities: number;
            experienceParticipants: number;
        };
        ExecutionRow: {
            /** @enum {string} */
            kind: "income" | "expense";
            category: string;
            budgetFen: number;
            actualFen: number;
            varianceFen: number;
            rate: string | null;
            overspent: boolean;
        };
        Expert: {
            id: string;
            username: string;
            displayName: string;
            affiliations: components["schemas"]["Affiliation"][];
            pool: components["schemas"]["ExpertPool"] | null;
        };
        ExpertList: {
            items: components["schemas"]["Expert"][];
        };
        ExpertPool: {
            shared: boolean;
            authorityOrgId: string | null;
            authorityName: string | null;
        };
        ExpertPoolPlace: {
            /** Format: uuid */
            authorityOrgId: string | null;
        };
        Expulsion: {
            id: string;
            body: {
                id: string;
                name: string;
            };
            org: {
                id: string;
                name: string;
            };
            ground: components["schemas"]["ExpulsionGround"];
            facts: string;
            isAutomatic: boolean;
            evidenceMeetings: {
                id: string;
                title: string;
                heldOn: string;
            }[];
            /** @enum {string} */
            status: "proposed" | "on_agenda" | "expelled" | "not_expelled" | "dismissed";
            proposedAt: string;
            meeting: {
                id: string;
                title: string;
                heldOn: string;
            } | null;
            decidedOn: string | null;
            banEndsOn: string | null;
            dismissReason: string | null;
            noticeId: string | null;
            version: number;
        };
        ExpulsionGround: 1 | 2 | 3 | 4;
        ExpulsionPayload: {
            /** Format: uuid */
            orgId: string;
            ground: components["schemas"]["ExpulsionGround"];
            facts: string;
        };
        FeaturesSection: {
            featuresAndInnovation: components["schemas"]["LongText"];
            /** @default false */
            noViolationConfirmed: boolean;
        };
        FieldChange: {
            path: string;
            label: string;
            /** @enum {string} */
            kind: "added" | "removed" | "changed";
            before: unknown;
            after: unknown;
        };
        FieldComment: {
            path: string;
            comment: string;
        };
        FinanceEntry: {
            id: string;
            /** @enum {string} */
            kind: "income" | "expense";
            category: string;
            occurredOn: string;
            amountFen: number;
            amount: string;
            description: string;
            counterparty: string | null;
            voucherNo: string | null;
            voided: boolean;
            voidReason: string | null;
            isGenerated: boolean;
        };
        FinanceEntryPayload: {
            /** @enum {string} */
            kind: "income" | "expense";
            /** @enum {string} */
            category: "chair_unit_support" | "public_funding" | "service_income" | "member_support" | "other_income" | "secretariat_office" | "cooperation_projects" | "activities" | "other_expense";
            occurredOn: components["schemas"]["IsoDate"];
            amount: components["schemas"]["Yuan"];
            description: string;
            counterparty?: string;
            voucherNo?: string;
        };
        FinanceLedger: {
            year: number;
            items: components["schemas"]["FinanceEntry"][];
            openingFen: number;
            incomeFen: number;
            expenseFen: number;
            closingFen: number;
        };
        /** @default null */
        FormAmount: number | null;
        /** @default null */
        FormCount: number | null;
        /** @default null */
        FormPercent: number | null;
        /** @default null */
        FormPhone: string | null;
        FormProblem: {
            path: string;
            label: string;
            /** @enum {string} */
            kind: "missing" | "invalid";
            message: string;
        };
        /** @default null */
        FormUscc: string | null;
        FoundingCertificatePayload: {
            /** Format: uuid */
            orgId: string;
        };
        GapRow: {
            key: string;
            name: string;
            level: string | null;
            demand: number[];
            supply: number[];
            gap: number[];
            signs: ("shortage" | "surplus" | "balanced")[];
            totalDemand: number;
            totalSupply: number;
            totalGap: number;
            /** @enum {string} */
            sign: "shortage" | "surplus" | "balanced";
        };
        GapTable: {
            /** @enum {string} */
            groupBy: "major" | "class" | "category" | "industry" | "city";
            years: number[];
            cityCode: string | null;
            rows: components["schemas"]["GapRow"][];
            totals: {
                demand: number[];
                supply: number[];
                gap: number[];
            };
            rule: {
                "zh-CN": string;
                "en-US": string;
            };
        };
        GeneratedBlock: components["schemas"]["GeneratedTable"] | components["schemas"]["GeneratedText"];
        GeneratedReport: {
            title: string;
            subtitle: string;
            /** @enum {string} */
            basis: "approved" | "all";
            chapters: {
                heading: string;
                blocks: components["schemas"]["GeneratedBlock"][];
            }[];
            leftOut: string[];
            differences: {
                table: string;
                column: string;
                stated: number;
                computed: number | null;
                source: string;
            }[];
        };
        GeneratedTable: {
            /** @enum {string} */
            kind: "table";
            caption: string;
            header: string[];
            labelColumns: number;
            rows: string[][];
            totals: string[] | null;
        };
        GeneratedText: {
            /** @enum {string} */
            kind: "text";
            text: string;
        };
        GovernanceReminders: {
            committeeTermDaysBefore: number;
        };
        Grant: {
            role: string;
            /** @enum {string} */
            scopeType: "system" | "org" | "body";
            scopeId: string | null;
            scopeName: string | null;
        };
        HandoverProject: {
            id: string;
            name: string;
            role: string;
            status: string;
        };
        HolidayCalendar: {
            holidays: components["schemas"]["IsoDate"][];
            /** @default [] */
            workingDays: components["schemas"]["IsoDate"][];
            weekendsAreRestDays: boolean;
        };
        HomeStudents: {
            items: {
                id: string;
                name: string;
                studentNumber: string;
                major: string;
                courses: number;
                awaitingDecision: number;
                creditsRecognised: number;
            }[];
        };
        ImportResult: {
            imported: number;
            filename: string;
        };
        ImportRowError: {
            row: number;
            field: string | null;
            column: string | null;
            message: string;
        };
        ImportRowsInvalid: {
            error: {
                /** @enum {string} */
                code: "IMPORT_ROWS_INVALID";
                message: string;
                requestId?: string;
                params: {
                    errorRows: number;
                };
            };
            errors: components["schemas"]["ImportRowError"][];
            totalErrors: number;
            /** Format: uuid */
            reportId: string;
        };
        InboxItem: {
            /** Format: uuid */
            id: string;
            kind: string;
            module: components["schemas"]["NotificationModule"];
            title: string;
            body: string;
            link: string;
            recordType: string;
            recordId: string;
            read: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        InboxPage: {
            items: components["schemas"]["InboxItem"][];
            nextCursor: string | null;
        };
        IndicatorPoint: {
            id: string;
            indicatorCode: string;
            indicatorName: string;
            code: string;
            text: string;
            /** @enum {string} */
            kind: "score" | "deduction";
            maxScore: number | null;
            weight: number | null;
            position: number;
        };
        IndicatorPointsUpdate: {
            version: number;
            points: {
                /** Format: uuid */
                id: string;
                maxScore: number | null;
                weight: number | null;
            }[];
        };
        IndicatorSystem: {
            id: string;
            authorityOrgId: string;
            name: string;
            versionNo: number;
            basedOnId: string | null;
            frozenAt: string | null;
            note: string | null;
            points: components["schemas"]["IndicatorPoint"][];
            totalMaxScore: number;
            maxDeduction: number;
            isGenerated: boolean;
            version: number;
            createdAt: string;
        };
        IndicatorSystemCreate: {
            /** Format: uuid */
            authorityOrgId: string;
            name: string;
            note?: string;
            /** Format: uuid */
            basedOnId?: string;
        };
        IndicatorSystemSummary: {
            id: string;
            authorityOrgId: string;
            name: string;
            versionNo: number;
            basedOnId: string | null;
            frozenAt: string | null;
            note: string | null;
            totalMaxScore: number;
            maxDeduction: number;
            isGenerated: boolean;
            version: number;
            createdAt: string;
        };
        InnovationIssue: {
            id: string;
            number: number;
            label: string;
            name: string;
            publishedOn: string;
            itemCount: number;
        };
        InnovationIssuePayload: {
            name: string;
            itemIds: string[];
        };
        InnovationIssueList: {
            items: components["schemas"]["InnovationIssue"][];
        };
        /** Format: date */
        IsoDate: string;
        IssuedCertificates: {
            items: components["schemas"]["Certificate"][];
        };
        IssuedCredential: {
            id: string;
            issuedAt: string;
            keyId: string;
            /** @enum {string} */
            status: "issued" | "withdrawn";
            withdrawnAt: string | null;
            withdrawReason: string | null;
            courses: number;
            creditsRecognised: number;
            verifyPath: string;
        };
        IssuedCredentials: {
            items: components["schemas"]["IssuedCredential"][];
        };
        Job: {
            /** Format: uuid */
            id: string;
            name: string;
            title: string;
            state: components["schemas"]["JobState"];
            attempts: number;
            maxAttempts: number;
            /** Format: date-time */
            runAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            startedAt: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            lastError: string | null;
        };
        JobOverview: {
            counts: {
                [key: string]: number;
            };
            items: components["schemas"]["Job"][];
            page: number;
            pageSize: number;
            schedules: components["schemas"]["JobSchedule"][];
        };
        JobSchedule: {
            name: string;
            title: string;
            schedule: string;
            /** Format: date-time */
            nextRunAt: string;
            /** Format: date-time */
            lastEnqueuedAt: string | null;
        };
        /** @enum {string} */
        JobState: "queued" | "running" | "succeeded" | "failed";
        JoinApplication: {
            id: string;
            body: {
                id: string;
                name: string;
            };
            org: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            status: "submitted" | "rejected" | "on_agenda" | "admitted" | "not_admitted";
            legalPersonStatus: string;
            qualifications: components["schemas"]["Qualifications"];
            reasons: string;
            contactName: string;
            contactTitle: string | null;
            contactPhone: string;
            contactEmail: string | null;
            submittedAt: string;
            reviewedAt: string | null;
            rejectionReason: string | null;
            meeting: {
                id: string;
                title: string;
                heldOn: string;
            } | null;
            decidedOn: string | null;
            certificateId: string | null;
            version: number;
        };
        JoinApplicationPayload: {
            /** Format: uuid */
            orgId: string;
            legalPersonStatus: string;
            qualifications: components["schemas"]["Qualifications"];
            reasons: string;
            contactName: string;
            contactTitle?: string;
            contactPhone: components["schemas"]["Phone"];
            /** Format: email */
            contactEmail?: string;
        };
        JoinApplicationReview: {
            /** @enum {string} */
            decision: "approve";
            /** Format: uuid */
            meetingId?: string;
            version: number;
        } | {
            /** @enum {string} */
            decision: "reject";
            reason: string;
            version: number;
        };
        KindPreference: {
            kind: string;
            module: components["schemas"]["NotificationModule"];
            label: string;
            channel: components["schemas"]["DeliveryChannel"];
            defaultChannel: components["schemas"]["DeliveryChannel"];
        };
        LearningRecord: {
            student: {
                id: string;
                name: string;
                studentNumber: string;
                major: string;
                home: {
                    id: string;
                    name: string;
                };
                isGenerated: boolean;
            };
            entries: components["schemas"]["LearningRecordEntry"][];
            creditsRecognised: number;
        };
        LearningRecordEntry: {
            nominationId: string;
            courseId: string;
            courseName: string;
            host: {
                id: string;
                name: string;
            };
            term: string;
            credits: number;
            hours: number;
            /** @enum {string} */
            grading: "score" | "pass_fail";
            score: number | null;
            passed: boolean | null;
            courseClosed: boolean;
            recognition: components["schemas"]["Recognition"] | null;
        };
        Liaison: {
            id: string;
            orgId: string;
            orgName: string;
            name: string;
            title: string | null;
            phone: string | null;
            email: string | null;
            version: number;
            abilities?: {
                update: boolean;
                reveal: boolean;
            };
        };
        LiaisonContact: {
            id: string;
            phone: string | null;
            email: string | null;
        };
        LiaisonPayload: {
            /** Format: uuid */
            orgId: string;
            name: string;
            title: string;
            phone?: components["schemas"]["Phone"];
            /** Format: email */
            email?: string;
        };
        LiaisonList: {
            liaisons: components["schemas"]["Liaison"][];
            membersWithoutLiaison: {
                orgId: string;
                orgName: string;
            }[];
        };
        LiaisonUpdate: {
            name?: string;
            title?: string;
            phone?: components["schemas"]["Phone"] | null;
            /** Format: email */
            email?: string | null;
            version: number;
        };
        ListHistoryItem: {
            from: string | null;
            to: string;
            action: string;
            reason: string | null;
            on: string;
            by: string | null;
            at: string;
        };
        ListItem: {
            id: string;
            /** @enum {string} */
            kind: "innovation" | "policy" | "training" | "service";
            name: string;
            summary: string;
            provider: string;
            org: {
                id: string;
                name: string;
            } | null;
            field: string | null;
            /** @enum {string|null} */
            budgetBand: "under_10" | "from_10_to_50" | "from_50_to_100" | "from_100_to_500" | "over_500" | "negotiable" | null;
            closesOn: string | null;
            contactName: string | null;
            contactPhone: string | null;
            validFrom: string | null;
            validUntil: string | null;
            links: string[];
            /** @enum {string} */
            status: "draft" | "published" | "withdrawn" | "expired";
            issue: {
                id: string;
                number: number;
                label: string;
            } | null;
            isGenerated: boolean;
            version: number;
            history: components["schemas"]["ListHistoryItem"][];
        };
        ListItemContact: {
            contactName: string | null;
            contactPhone: string | null;
        };
        ListItemPayload: {
            /** @enum {string} */
            kind: "innovation" | "policy" | "training" | "service";
            name: string;
            summary: string;
            provider: string;
            /** Format: uuid */
            orgId?: string;
            field?: string;
            /** @enum {string} */
            budgetBand?: "under_10" | "from_10_to_50" | "from_50_to_100" | "from_100_to_500" | "over_500" | "negotiable";
            closesOn?: components["schemas"]["IsoDate"];
            contactName?: string;
            contactPhone?: components["schemas"]["Phone"];
            validFrom?: components["schemas"]["IsoDate"];
            validUntil?: components["schemas"]["IsoDate"];
            /** @default [] */
            links: string[];
        };
        ListItemList: {
            items: components["schemas"]["ListItem"][];
        };
        ListItemUpdate: {
            /** @enum {string} */
            kind: "innovation" | "policy" | "training" | "service";
            name: string;
            summary: string;
            provider: string;
            /** Format: uuid */
            orgId?: string;
            field?: string;
            /** @enum {string} */
            budgetBand?: "under_10" | "from_10_to_50" | "from_50_to_100" | "from_100_to_500" | "over_500" | "negotiable";
            closesOn?: components["schemas"]["IsoDate"];
            contactName?: string;
            contactPhone?: components["schemas"]["Phone"];
            validFrom?: components["schemas"]["IsoDate"];
            validUntil?: components["schemas"]["IsoDate"];
            /** @default [] */
            links: string[];
            version: number;
        };
        ListStatusPayload: {
            /** @enum {string} */
            action: "publish" | "withdraw";
            reason?: string;
            version: number;
        };
        LocaleBody: {
            /** @enum {string} */
            locale: "zh-CN" | "en-US";
        };
        LoginBody: {
            username: string;
            password: string;
            totpCode?: string;
        };
        /** @default null */
        LongText: string | null;
        Major: {
            level: string;
            categoryCode: string;
            categoryName: string;
            classCode: string;
            className: string;
            code: string;
            name: string;
        };
        MajorClassCode: string;
        MajorCode: string;
        MajorRef: {
            code: string;
            name: string;
            level: string;
        };
        ManualAssignment: {
            /** Format: uuid */
            expertId: string;
            /** Format: uuid */
            applicationId: string;
        };
        MarkAllReadBody: {
            module?: components["schemas"]["NotificationModule"];
        };
        MarkedCount: {
            updated: number;
        };
        MatchList: {
            demandId: string;
            position: string;
            terms: string[];
            ranking: {
                "zh-CN": string;
                "en-US": string;
            };
            results: components["schemas"]["MatchResult"][];
        };
        MatchReasons: {
            codeMatches: {
                wanted: string;
                wantedName: string;
                offered: string;
                offeredName: string;
                /** @enum {string} */
                level: "exact" | "class" | "category";
            }[];
            termMatches: {
                term: string;
                offered: string;
                offeredName: string;
            }[];
            region: {
                /** @enum {string} */
                relation: "same_district" | "same_city" | "same_province" | "elsewhere";
                steps: number;
            };
            graduates: number[];
            placementsOffered: number;
            reasons: {
                "zh-CN": string;
                "en-US": string;
            }[];
        };
        MatchResult: {
            rank: number;
            school: {
                id: string;
                name: string;
                regionCode: string | null;
                regionName: string | null;
            };
            codeMatches: {
                wanted: string;
                wantedName: string;
                offered: string;
                offeredName: string;
                /** @enum {string} */
                level: "exact" | "class" | "category";
            }[];
            termMatches: {
                term: string;
                offered: string;
                offeredName: string;
            }[];
            region: {
                /** @enum {string} */
                relation: "same_district" | "same_city" | "same_province" | "elsewhere";
                steps: number;
            };
            graduates: number[];
            placementsOffered: number;
            reasons: {
                "zh-CN": string;
                "en-US": string;
            }[];
        };
        Me: {
            user: {
                id: string;
                username: string;
                displayName: string;
                isDemo: boolean;
                totpEnabled: boolean;
                mustChangePassword: boolean;
                preferredLocale: string;
            };
            roles: components["schemas"]["Grant"][];
            permissions: string[];
            totpEnrolmentRequired: boolean;
            demoMode: boolean;
            csrfToken: string;
        };
        Meeting: {
            id: string;
            bodyId: string;
            title: string;
            heldOn: string;
            location: string | null;
            /** @enum {string} */
            status: "scheduled" | "concluded";
            /** @enum {string} */
            minutesStatus: "none" | "draft" | "approved" | "published";
            itemCount: number;
            version: number;
            minutesText: string | null;
            minutesApprovedOn: string | null;
            minutesPublishedAt: string | null;
            items: components["schemas"]["AgendaItem"][];
            attendance: components["schemas"]["AttendanceRow"][];
            abilities: {
                manage: boolean;
                voteFor: string[];
            };
        };
        MeetingPayload: {
            title: string;
            heldOn: components["schemas"]["IsoDate"];
            location?: string;
        };
        MeetingSummary: {
            id: string;
            bodyId: string;
            title: string;
            heldOn: string;
            location: string | null;
            /** @enum {string} */
            status: "scheduled" | "concluded";
            /** @enum {string} */
            minutesStatus: "none" | "draft" | "approved" | "published";
            itemCount: number;
            version: number;
        };
        MemberEnterprise: {
            id: components["schemas"]["RowId"];
            unit: components["schemas"]["UnitRef"];
            employees: components["schemas"]["FormCount"];
            assets: components["schemas"]["FormAmount"];
            sales: components["schemas"]["FormAmount"];
            cooperationBenefit2024: components["schemas"]["FormAmount"];
        };
        MemberOther: {
            id: components["schemas"]["RowId"];
            unit: components["schemas"]["UnitRef"];
            /**
             * @default null
             * @enum {string|null}
             */
            nature: "government" | "research" | "other" | null;
            headcount: components["schemas"]["FormCount"];
            /** @default null */
            supportRole: string | null;
            /** @default null */
            note: string | null;
        };
        MemberSchool: {
            id: components["schemas"]["RowId"];
            unit: components["schemas"]["UnitRef"];
            /**
             * @default null
             * @enum {string|null}
             */
            level: "secondary" | "higher_associate" | "higher_bachelor" | "undergraduate" | null;
            /** @default [] */
            majorCodes: string[];
            students: components["schemas"]["FormCount"];
            relatedStudents: components["schemas"]["FormCount"];
        };
        MemberUnit: {
            id: string;
            name: string;
        };
        MembersSection: {
            /** @default [] */
            enterprises: components["schemas"]["MemberEnterprise"][];
            /** @default [] */
            schools: components["schemas"]["MemberSchool"][];
            /** @default [] */
            others: components["schemas"]["MemberOther"][];
        };
        MembershipQueues: {
            applications: components["schemas"]["JoinApplication"][];
            withdrawals: components["schemas"]["Withdrawal"][];
            expulsions: components["schemas"]["Expulsion"][];
            certificates: components["schemas"]["Certificate"][];
            foundingWithoutCertificate: {
                id: string;
                name: string;
            }[];
        };
        MilestoneDonePayload: {
            doneOn: components["schemas"]["IsoDate"];
            note?: string;
        };
        MilestonePayload: {
            title: string;
            dueOn: components["schemas"]["IsoDate"];
        };
        MinutesPayload: {
            text: string;
            version: number;
        };
        MyEvaluations: {
            items: {
                id: string;
                cycle: {
                    id: string;
                    title: string;
                    reportYear: number;
                };
                report: {
                    id: string;
                    org: {
                        id: string;
                        name: string;
                    };
                    /** @enum {string} */
                    level: "school_secondary" | "school_higher" | "district" | "enterprise";
                };
                /** @enum {string} */
                status: "assigned" | "submitted" | "conflict";
                assignedAt: string;
                submittedAt: string | null;
            }[];
        };
        MyExchangePosts: {
            items: {
                post: components["schemas"]["ExchangePost"];
                matches: components["schemas"]["ExchangeMatch"][];
            }[];
        };
        MyReports: {
            items: {
                id: string;
                cycle: {
                    id: string;
                    title: string;
                    reportYear: number;
                };
                org: {
                    id: string;
                    name: string;
                };
                /** @enum {string} */
                level: "school_secondary" | "school_higher" | "district" | "enterprise";
                /** @enum {string} */
                status: "draft" | "submitted" | "returned" | "reviewed" | "approved";
                updatedAt: string;
            }[];
        };
        Nomination: {
            id: string;
            home: {
                id: string;
                name: string;
            };
            studentName: string;
            studentNumber: string;
            major: string;
            studentId: string;
            /** @enum {string} */
            status: "nominated" | "accepted" | "declined";
            declineReason: string | null;
            score: number | null;
            passed: boolean | null;
            resultRecordedAt: string | null;
            revealed: boolean;
            attendance: components["schemas"]["AttendanceSummary"] | null;
        };
        NominationPayload: {
            /** Format: uuid */
            homeOrgId: string;
            students: components["schemas"]["StudentPayload"][];
        };
        Notice: {
            id: string;
            bodyId: string;
            /** @enum {string} */
            kind: "withdrawal" | "expulsion";
            org: {
                id: string;
                name: string;
            };
            title: string;
            text: string;
            publishedOn: string;
        };
        /** @enum {string} */
        NotificationModule: "accounts" | "governance" | "selection" | "reports" | "talent" | "resources" | "system";
        NotificationSettings: {
            emailEnabled: boolean;
            email: string | null;
            /** @enum {string} */
            emailLocale: "zh-CN" | "en-US";
            kinds: components["schemas"]["KindPreference"][];
        };
        NotificationSettingsUpdate: {
            /** Format: email */
            email?: string | null;
            /** @enum {string} */
            emailLocale?: "zh-CN" | "en-US";
            channels?: {
                [key: string]: components["schemas"]["DeliveryChannel"];
            };
        };
        OccupationCode: string;
        Office: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "secretariat" | "expert_committee" | "standing_committee";
            name: string;
            duties: string | null;
            posts: {
                /** @enum {string} */
                post: "secretary_general" | "director" | "deputy_director" | "member";
                holders: components["schemas"]["Appointment"][];
                term: components["schemas"]["Term"] | null;
            }[];
            history: components["schemas"]["Appointment"][];
            documents: components["schemas"]["OfficeDocument"][];
        };
        OfficeDocument: {
            /** Format: uuid */
            id: string;
            year: number;
            /** @enum {string} */
            kind: "work_rules" | "annual_report";
            title: string;
            content: string;
            file: {
                /** Format: uuid */
                id: string;
                filename: string;
            } | null;
            submittedBy: string | null;
            submittedAt: string;
        };
        OfficeDocumentPayload: {
            year: number;
            /** @enum {string} */
            kind: "work_rules" | "annual_report";
            title: string;
            content: string;
            /** Format: uuid */
            fileId?: string;
        };
        OfficePayload: {
            /** @enum {string} */
            kind: "secretariat" | "expert_committee" | "standing_committee";
            name: string;
            duties?: string;
        };
        OfficeUpload: {
            /** Format: uuid */
            id: string;
            filename: string;
            size: number;
        };
        OfficesView: {
            offices: components["schemas"]["Office"][];
            termRule: string;
            /** @enum {string} */
            parameterSource: "charter" | "default";
            abilities: {
                manage: boolean;
            };
        };
        Ok: {
            /** @enum {boolean} */
            ok: true;
        };
        /** @default null */
        OptionalDate: components["schemas"]["IsoDate"] | null;
        OptionalUscc: components["schemas"]["Uscc"];
        Org: {
            id: string;
            name: string;
            shortName: string | null;
            uscc: string | null;
            /** @enum {string} */
            type: "secondary_vocational" | "higher_vocational" | "vocational_undergraduate" | "university" | "enterprise" | "industry_association" | "education_authority" | "government" | "park" | "research_institute" | "training_institution" | "other";
            /** @enum {string|null} */
            level: "secondary" | "higher_associate" | "higher_bachelor" | "bachelor" | null;
            regionCode: string;
            regionName: string | null;
            address: string | null;
            legalRepresentative: string | null;
            website: string | null;
            description: string | null;
            isGenerated: boolean;
            version: number;
            createdAt: string;
            updatedAt: string;
            abilities?: {
                update: boolean;
            };
        };
        OrgGovernanceCases: {
            applications: components["schemas"]["JoinApplication"][];
            withdrawals: components["schemas"]["Withdrawal"][];
            certificates: {
                id: string;
                bodyId: string;
                org: {
                    id: string;
                    name: string;
                };
                number: string;
                issuedOn: string;
                returnedOn: string | null;
                bodyName: string;
            }[];
        };
        OrgPayload: {
            name: string;
            shortName?: string;
            uscc?: components["schemas"]["OptionalUscc"];
            /** @enum {string} */
            type: "secondary_vocational" | "higher_vocational" | "vocational_undergraduate" | "university" | "enterprise" | "industry_association" | "education_authority" | "government" | "park" | "research_institute" | "training_institution" | "other";
            /** @enum {string|null} */
            level?: "secondary" | "higher_associate" | "higher_bachelor" | "bachelor" | null;
            regionCode: string;
            address?: string;
            legalRepresentative?: string;
            website?: string;
            description?: string;
        };
        OrgMembership: {
            bodyId: string;
            bodyName: string;
            /** @enum {string} */
            kind: "alliance" | "consortium" | "community" | "district_alliance";
            /** @enum {string} */
            memberRole: "founding" | "lead_school" | "lead_enterprise" | "lead_park" | "chair" | "member";
            joinedOn: string;
            leftOn: string | null;
        };
        OrgPage: {
            items: {
                id: string;
                name: string;
                shortName: string | null;
                uscc: string | null;
                /** @enum {string} */
                type: "secondary_vocational" | "higher_vocational" | "vocational_undergraduate" | "university" | "enterprise" | "industry_association" | "education_authority" | "government" | "park" | "research_institute" | "training_institution" | "other";
                /** @enum {string|null} */
                level: "secondary" | "higher_associate" | "higher_bachelor" | "bachelor" | null;
                regionCode: string;
                regionName: string | null;
                address: string | null;
                legalRepresentative: string | null;
                website: string | null;
                description: string | null;
                isGenerated: boolean;
                version: number;
                createdAt: string;
                updatedAt: string;
            }[];
            total: number;
            page: number;
            pageSize: number;
        };
        OrgParticipation: {
            items: {
                body: {
                    id: string;
                    name: string;
                };
                kinds: {
                    activities: number;
                    registered: number;
                    attended: number;
                    awards: number;
                    /** @enum {string} */
                    kind: "training" | "observation" | "competition" | "summer_camp" | "other";
                }[];
            }[];
        };
        OrgUpdate: {
            name?: string;
            shortName?: string;
            uscc?: components["schemas"]["OptionalUscc"];
            /** @enum {string} */
            type?: "secondary_vocational" | "higher_vocational" | "vocational_undergraduate" | "university" | "enterprise" | "industry_association" | "education_authority" | "government" | "park" | "research_institute" | "training_institution" | "other";
            /** @enum {string|null} */
            level?: "secondary" | "higher_associate" | "higher_bachelor" | "bachelor" | null;
            regionCode?: string;
            address?: string;
            legalRepresentative?: string;
            website?: string;
            description?: string;
            version: number;
        };
        OutcomePayload: {
            /** @enum {string} */
            kind: "award" | "certificate" | "note";
            title: string;
            /** Format: uuid */
            orgId?: string;
            /** Format: uuid */
            participantId?: string;
            note?: string;
            /** @default [] */
            evidenceIds: string[];
        };
        OverviewSection: {
            establishedOn: components["schemas"]["OptionalDate"];
            /** @default null */
            leaderName: string | null;
            /** @default null */
            leaderTitleAndContact: string | null;
            secretariat: {
                hostUnit: components["schemas"]["UnitRef"];
                /** @default null */
                head: string | null;
                officeArea: components["schemas"]["FormAmount"];
                phone: components["schemas"]["FormPhone"];
                staffTotal: components["schemas"]["FormCount"];
                fullTime: components["schemas"]["FormCount"];
                partTime: components["schemas"]["FormCount"];
                /** @default null */
                staffNames: string | null;
            };
            funding: {
                y2026: components["schemas"]["FormAmount"];
                y2027: components["schemas"]["FormAmount"];
                y2028: components["schemas"]["FormAmount"];
            };
            fundingSources2026: {
                leadUnits: components["schemas"]["FormAmount"];
                government: components["schemas"]["FormAmount"];
                otherMembers: components["schemas"]["FormAmount"];
                otherChannels: components["schemas"]["FormAmount"];
            };
            parkOutput2025: components["schemas"]["FormAmount"];
            parkLeadingIndustries: components["schemas"]["LongText"];
            localPolicies: components["schemas"]["LongText"];
        };
        OwnBallot: {
            orgId: string;
            /** @enum {string} */
            choice: "yes" | "no" | "abstain";
            /** @enum {string} */
            castVia: "representative" | "paper";
            castAt: string;
        };
        PanelExpert: {
            id: string;
            username: string;
            displayName: string;
            affiliations: components["schemas"]["Affiliation"][];
            load: number;
            submitted: number;
        };
        PanelScore: {
            label: string;
            own: boolean;
            /** @enum {string} */
            status: "assigned" | "submitted";
            total: string | null;
            byIndicator: {
                [key: string]: string;
            };
        };
        PanelUpdate: {
            expertIds: string[];
        };
        ParamCount: number;
        /** Format: date */
        ParamDate: string;
        ParamText: string;
        ParticipantPayload: {
            name: string;
            title: string;
            phone: components["schemas"]["Phone"];
        };
        Participation: {
            year: number;
            items: components["schemas"]["ParticipationRow"][];
        };
        ParticipationRow: {
            activities: number;
            registered: number;
            attended: number;
            awards: number;
            org: {
                id: string;
                name: string;
            };
        };
        PasswordResetBody: {
            temporaryPassword: string;
        };
        PasswordResetRequestBody: {
            /** Format: uuid */
            userId: string;
            reason: string;
            temporaryPassword: string;
        };
        PeopleList: {
            items: components["schemas"]["PersonSummary"][];
        };
        Period: {
            years?: number;
            months?: number;
            days?: number;
        };
        PermissionInfo: {
            name: components["schemas"]["PermissionName"];
            /** @enum {string} */
            duty: "system" | "security" | "audit" | "business" | "common";
            label: string;
        };
        /** @enum {string} */
        PermissionName: "dashboard.read" | "org.read" | "body.read" | "org.create" | "org.import" | "org.update" | "body.create" | "body.update" | "body.member.manage" | "liaison.manage" | "personal.unmask" | "personal.rights" | "governance.chair.manage" | "governance.office.manage" | "governance.workplan.manage" | "governance.workplan.report" | "governance.bulletin.draft" | "governance.bulletin.manage" | "governance.charter.register" | "governance.meeting.manage" | "governance.membership.review" | "governance.membership.apply" | "governance.vote.cast" | "governance.certificate.download" | "governance.finance.read" | "governance.finance.manage" | "governance.activity.manage" | "governance.activity.register" | "governance.project.propose" | "governance.project.manage" | "user.read" | "user.manage" | "user.role.assign" | "jobs.manage" | "role.read" | "role.permission.edit" | "security.unlock" | "admin.request.decide" | "audit.read" | "audit.export" | "audit.verify" | "selection.call.manage" | "selection.application.edit" | "selection.review.manage" | "selection.review.score" | "talent.demand.edit" | "talent.supply.edit" | "talent.analysis.manage" | "reports.cycle.manage" | "reports.registers.manage" | "reports.report.publish" | "reports.compliance.manage" | "reports.compliance.score" | "reports.data.collect" | "reports.data.review" | "reports.data.approve" | "resources.survey.manage" | "resources.survey.fill" | "resources.database.read" | "resources.exchange.edit" | "resources.course.host" | "resources.course.nominate" | "resources.credit.recognise" | "talent.list.manage" | "talent.report.manage";
        Person: {
            /** @enum {string} */
            kind: "student" | "teacher";
            id: string;
            org: {
                id: string;
                name: string;
            };
            name: string;
            identifier: string | null;
            records: number;
            erasedAt: string | null;
            major: string | null;
            courses: components["schemas"]["PersonCourse"][];
            exchanges: components["schemas"]["PersonExchange"][];
            hostedCourses: components["schemas"]["PersonHostedCourse"][];
            creditsRecognised: number;
            erasureRules: components["schemas"]["ErasureRule"][];
            mayReveal: boolean;
            mayHandle: boolean;
        };
        PersonCourse: {
            courseName: string;
            host: {
                id: string;
                name: string;
            };
            term: string;
            credits: number;
            status: string;
            score: number | null;
            passed: boolean | null;
            recognition: {
                outcome: string;
                credits: number;
                grade: string | null;
                ownCourseName: string | null;
            } | null;
        };
        PersonExchange: {
            id: string;
            partner: string;
            place: string;
            startsOn: string;
            endsOn: string;
            status: string;
            hours: number | null;
        };
        PersonHostedCourse: {
            id: string;
            courseName: string;
            term: string;
            hours: number;
            credits: number;
            status: string;
        };
        PersonSummary: {
            /** @enum {string} */
            kind: "student" | "teacher";
            id: string;
            org: {
                id: string;
                name: string;
            };
            name: string;
            identifier: string | null;
            records: number;
            erasedAt: string | null;
        };
        Phone: string;
        PlacementFigures: {
            year: number;
            internshipPersonMonths: number;
            teacherPersonMonths: number;
            apprenticePlaces: number;
            jobHeadcount: number;
            apprenticeRatio: number | null;
        };
        PlacementOffer: {
            id: string;
            org: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            kind: "internship" | "apprenticeship";
            job: {
                id: string;
                position: string;
            } | null;
            position: string;
            places: number;
            taken: number;
            startsOn: string;
            endsOn: string;
            year: number;
            takeUps: components["schemas"]["PlacementTakeUp"][];
            isGenerated: boolean;
        };
        PlacementOfferPayload: {
            /** Format: uuid */
            orgId: string;
            /** @enum {string} */
            kind: "internship" | "apprenticeship";
            /** Format: uuid */
            jobId?: string;
            position: string;
            places: number;
            startsOn: components["schemas"]["IsoDate"];
            endsOn: components["schemas"]["IsoDate"];
        };
        PlacementSchoolMatchList: {
            offerId: string;
            org: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            kind: "internship" | "apprenticeship";
            position: string;
            places: number;
            startsOn: string;
            majors: {
                code: string;
                name: string;
            }[];
            terms: string[];
            ranking: {
                "zh-CN": string;
                "en-US": string;
            };
            results: components["schemas"]["MatchResult"][];
        };
        PlacementSuggestion: {
            body: {
                id: string;
                name: string;
            } | null;
            figures: {
                year: number;
                internshipPersonMonths: number;
                teacherPersonMonths: number;
                apprenticePlaces: number;
                jobHeadcount: number;
                apprenticeRatio: number | null;
                talentDemandReports: number;
            }[];
            formulas: {
                internship: string;
                teacher: string;
                ratio: string;
                reports: string;
            } | null;
        };
        PlacementSummary: {
            consortium: components["schemas"]["PlacementFigures"][];
            enterprises: {
                org: {
                    id: string;
                    name: string;
                };
                figures: components["schemas"]["PlacementFigures"][];
            }[];
            formulas: {
                internship: string;
                teacher: string;
                ratio: string;
            };
        };
        PlacementTakeUp: {
            id: string;
            school: {
                id: string;
                name: string;
            };
            students: number;
            months: number;
            personMonths: number;
            isGenerated: boolean;
        };
        PlacementTakeUpPayload: {
            /** Format: uuid */
            schoolOrgId: string;
            students: number;
            months: number;
        };
        Placements: {
            offers: components["schemas"]["PlacementOffer"][];
            practices: components["schemas"]["TeacherPractice"][];
            summary: components["schemas"]["PlacementSummary"];
            jobs: {
                id: string;
                orgId: string;
                position: string;
                headcount: number;
            }[];
        };
        PlanSection: {
            constructionPlan: components["schemas"]["LongText"];
        };
        ProgressRow: {
            org: {
                id: string;
                name: string;
            };
            cityName: string | null;
            /** @enum {string} */
            status: "not_started" | "draft" | "submitted" | "accepted" | "reopened";
            completeness: components["schemas"]["Completeness"];
            submittedAt: string | null;
            acceptedAt: string | null;
            reopenReason: string | null;
        };
        Project: {
            id: string;
            title: string;
            initiativePoint: number | null;
            proposer: {
                id: string;
                name: string;
            };
            lead: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            phase: "proposed" | "under_review" | "approved" | "rejected" | "in_progress" | "completed" | "terminated";
            participantCount: number;
            milestonesDone: number;
            milestonesTotal: number;
            plannedStartOn: string | null;
            plannedEndOn: string | null;
            isGenerated: boolean;
            summary: string;
            participants: {
                org: {
                    id: string;
                    name: string;
                };
                /** @enum {string} */
                role: "lead" | "participant";
                joinedOn: string;
            }[];
            milestones: components["schemas"]["ProjectMilestone"][];
            approval: {
                meetingId: string;
                meetingTitle: string;
                heldOn: string;
                itemId: string;
                voteStatus: string;
                passed: boolean | null;
                resolutionNo: number | null;
            } | null;
            startedOn: string | null;
            closedOn: string | null;
            closingReason: string | null;
            version: number;
            abilities: {
                manage: boolean;
                report: boolean;
            };
        };
        ProjectAgendaPayload: {
            /** Format: uuid */
            meetingId?: string;
        };
        ProjectList: {
            items: components["schemas"]["ProjectSummary"][];
        };
        ProjectMilestone: {
            id: string;
            title: string;
            dueOn: string;
            doneOn: string | null;
            note: string | null;
            late: boolean;
        };
        ProjectParticipantPayload: {
            /** Format: uuid */
            orgId: string;
            joinedOn: components["schemas"]["IsoDate"];
        };
        ProjectProposal: {
            /** Format: uuid */
            proposerOrgId: string;
            /** Format: uuid */
            leadOrgId?: string;
            title: string;
            summary: string;
            initiativePoint?: number;
            plannedStartOn?: components["schemas"]["IsoDate"];
            plannedEndOn?: components["schemas"]["IsoDate"];
            /** @default [] */
            participantOrgIds: string[];
        };
        ProjectStatusPayload: {
            /** @enum {string} */
            action: "start" | "complete" | "terminate";
            on: components["schemas"]["IsoDate"];
            reason?: string;
            version: number;
        };
        ProjectSummary: {
            id: string;
            title: string;
            initiativePoint: number | null;
            proposer: {
                id: string;
                name: string;
            };
            lead: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            phase: "proposed" | "under_review" | "approved" | "rejected" | "in_progress" | "completed" | "terminated";
            participantCount: number;
            milestonesDone: number;
            milestonesTotal: number;
            plannedStartOn: string | null;
            plannedEndOn: string | null;
            isGenerated: boolean;
        };
        PublicBulletin: {
            /** Format: uuid */
            id: string;
            bodyName: string;
            issueNumber: number | null;
            subject: string;
            headline: string | null;
            eventOn: string | null;
            content: string;
            keywords: string[];
            reportTo: string | null;
            copyTo: string | null;
            issuer: string | null;
            issuedOn: string | null;
            draftedBy: string | null;
            reviewedBy: string | null;
            viewCount: number;
            shareCount: number;
            org: {
                name: string;
            };
        };
        PublicBulletinList: {
            items: components["schemas"]["PublicBulletin"][];
            total: number;
        };
        PublicCallPage: {
            items: components["schemas"]["CallSummary"][];
            total: number;
            page: number;
            pageSize: number;
        };
        PublicColumn: {
            org: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            kind: "city" | "district";
            years: {
                reportYear: number;
                cycleTitle: string;
                own: components["schemas"]["PublicEntry"] | null;
                districts: components["schemas"]["PublicEntry"][];
                schools: components["schemas"]["PublicEntry"][];
                enterprises: components["schemas"]["PublicEntry"][];
            }[];
        };
        PublicColumns: {
            items: {
                org: {
                    id: string;
                    name: string;
                };
                /** @enum {string} */
                kind: "city" | "district";
                published: number;
            }[];
        };
        PublicEntry: {
            org: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            level: "school_secondary" | "school_higher" | "district" | "enterprise" | "authority";
            title: string;
            publication: components["schemas"]["Publication"];
            columnOrgId: string | null;
        };
        PublicReport: {
            org: {
                id: string;
                name: string;
            };
            column: {
                id: string;
                name: string;
            };
            reportYear: number;
            publication: components["schemas"]["Publication"];
            report: components["schemas"]["GeneratedReport"];
        };
        PublicResultEntry: {
            rank: number;
            tied: boolean;
            consortiumName: string;
            parkName: string;
            total: string;
            recommended: boolean;
        };
        PublicResults: {
            call: {
                id: string;
                title: string;
                documentNumber: string | null;
                authorityName: string;
            };
            publishedAt: string;
            notice: components["schemas"]["ResultNotice"];
            publicityOver: boolean;
            entries: components["schemas"]["PublicResultEntry"][];
        };
        PublicShortageCatalogue: {
            title: string;
            startYear: number;
            publishedAt: string | null;
            rule: {
                "zh-CN": string;
                "en-US": string;
            };
            entries: {
                majorCode: string;
                majorName: string;
                level: string;
                className: string;
                categoryName: string;
                demand: number;
                supply: number;
                gap: number;
                enterprises: number;
            }[];
        };
        PublicTalentLists: {
            body: {
                id: string;
                name: string;
            };
            shortage: components["schemas"]["PublicShortageCatalogue"] | null;
            enterprises: {
                org: {
                    id: string;
                    name: string;
                };
                region: {
                    code: string;
                    name: string;
                } | null;
                listedOn: string | null;
            }[];
            jobs: {
                id: string;
                org: {
                    id: string;
                    name: string;
                };
                position: string;
                occupation: string;
                occupationCode: string | null;
                majors: components["schemas"]["MajorRef"][];
                /** @enum {string} */
                educationLevel: "secondary" | "higher_associate" | "higher_bachelor";
                headcount: number;
                duties: string | null;
                validUntil: string | null;
                /** @enum {string} */
                status: "draft" | "published" | "withdrawn" | "expired";
                updatedAt: string;
            }[];
            items: {
                id: string;
                /** @enum {string} */
                kind: "innovation" | "policy" | "training" | "service";
                name: string;
                summary: string;
                provider: string;
                org: {
                    id: string;
                    name: string;
                } | null;
                field: string | null;
                /** @enum {string|null} */
                budgetBand: "under_10" | "from_10_to_50" | "from_50_to_100" | "from_100_to_500" | "over_500" | "negotiable" | null;
                closesOn: string | null;
                contactName: string | null;
                contactPhone: string | null;
                validFrom: string | null;
                validUntil: string | null;
                links: string[];
                /** @enum {string} */
                status: "draft" | "published" | "withdrawn" | "expired";
                issue: {
                    id: string;
                    number: number;
                    label: string;
                } | null;
            }[];
            issues: components["schemas"]["InnovationIssue"][];
            students: {
                byMajor: {
                    key: string;
                    name: string;
                    students: number;
                    seekingPlacement: number;
                }[];
                byLevel: {
                    key: string;
                    name: string;
                    students: number;
                    seekingPlacement: number;
                }[];
                byYear: {
                    key: string;
                    name: string;
                    students: number;
                    seekingPlacement: number;
                }[];
            };
        };
        PublicTalentReports: {
            body: {
                id: string;
                name: string;
            };
            items: {
                id: string;
                /** @enum {string} */
                kind: "quarterly" | "yearly";
                year: number;
                quarter: number | null;
                periodLabel: string;
                title: string;
                numberLabel: string | null;
                publishedOn: string | null;
            }[];
        };
        PublicUrl: string;
        Publication: {
            /** @enum {string} */
            form: "school_website" | "enterprise_website" | "district_website" | "city_website";
            publishedOn: string;
            url: string;
            publicPath: string;
            onTime: boolean;
        };
        PublicationPayload: {
            /** @enum {string} */
            form: "school_website" | "enterprise_website" | "district_website" | "city_website";
            publishedOn?: components["schemas"]["IsoDate"];
            url: components["schemas"]["PublicUrl"];
        };
        PublicationState: {
            publication: components["schemas"]["Publication"] | null;
            publishDeadline: string;
            blockedReason: string | null;
            mayPublish: boolean;
            mayWithdraw: boolean;
            /** @enum {string} */
            suggestedForm: "school_website" | "enterprise_website" | "district_website" | "city_website";
            withdrawals: {
                at: string;
                reason: string;
                actorName: string | null;
            }[];
        };
        PublicationWithdrawal: {
            reason: string;
        };
        Qualifications: {
            registeredLegalPerson: boolean;
            endorsesCharter: boolean;
            capacity: boolean;
            capacityStatement: string;
            willingToCooperate: boolean;
        };
        Quorum: {
            numerator: number;
            denominator: number;
            /** @enum {string} */
            comparator: "gte" | "gt";
            /** @enum {string} */
            base: "entitled";
        };
        ReadStateBody: {
            read: boolean;
        };
        ReceiptPayload: {
            receivedOn: components["schemas"]["IsoDate"];
            version: number;
        };
        Recognition: {
            /** @enum {string} */
            outcome: "recognised" | "converted" | "refused";
            ownCourseName: string | null;
            credits: number;
            grade: string | null;
            ruleId: string | null;
            reason: string | null;
            decidedAt: string;
            version: number;
        };
        RecognitionPayload: {
            /** @enum {string} */
            outcome: "recognised" | "converted" | "refused";
            ownCourseName?: string;
            ownCredits?: number;
            reason?: string;
            version: number;
        };
        RecognitionReason: string;
        Region: {
            code: string;
            name: string;
            /** @enum {string} */
            level: "province" | "city" | "district";
            parentCode: string | null;
        };
        RegionCode: string;
        RegisterBlock: {
            chapter: string;
            caption: string;
            filter: {
                /** @enum {string} */
                kind?: "project" | "honour" | "award" | "base" | "centre";
                /** @enum {string} */
                level?: "national" | "city" | "district";
                year?: number;
                /** @enum {string} */
                schoolLevel?: "secondary" | "higher";
                sourceTable?: string;
                keyword?: string;
            };
        };
        RegisterBlocks: {
            blocks: {
                chapter: string;
                caption: string;
                filter: {
                    /** @enum {string} */
                    kind?: "project" | "honour" | "award" | "base" | "centre";
                    /** @enum {string} */
                    level?: "national" | "city" | "district";
                    year?: number;
                    /** @enum {string} */
                    schoolLevel?: "secondary" | "higher";
                    sourceTable?: string;
                    keyword?: string;
                };
                entryCount: number;
            }[];
            revision: string;
            mayManage: boolean;
        };
        RegisterBlocksPayload: {
            blocks: components["schemas"]["RegisterBlock"][];
            revision?: string;
        };
        RegisterCase: {
            id: string;
            title: string;
            schools: {
                orgId: string | null;
                name: string;
            }[];
            chapter: string | null;
            text: string;
            images: components["schemas"]["RegisterImage"][];
            version: number;
        };
        RegisterCasePayload: {
            title: string;
            schools: string[];
            chapter?: string;
            text: string;
            /** @default [] */
            imageIds: string[];
        };
        RegisterCaseList: {
            items: components["schemas"]["RegisterCase"][];
            mayManage: boolean;
        };
        RegisterCaseUpdate: {
            title: string;
            schools: string[];
            chapter?: string;
            text: string;
            /** @default [] */
            imageIds: string[];
            version: number;
        };
        RegisterEntry: {
            id: string;
            /** @enum {string} */
            kind: "project" | "honour" | "award" | "base" | "centre";
            /** @enum {string} */
            level: "national" | "city" | "district";
            year: number;
            /** @enum {string} */
            schoolLevel: "secondary" | "higher";
            name: string;
            holder: {
                orgId: string | null;
                name: string;
            };
            majorCode: string | null;
            majorName: string | null;
            people: string[];
            extra: {
                [key: string]: string;
            };
            sourceTable: string | null;
            version: number;
        };
        RegisterEntryPayload: {
            /** @enum {string} */
            kind: "project" | "honour" | "award" | "base" | "centre";
            /** @enum {string} */
            level: "national" | "city" | "district";
            year: number;
            /** @enum {string} */
            schoolLevel: "secondary" | "higher";
            name: string;
            holderSchool: string;
            majorCode?: components["schemas"]["MajorCode"];
            majorName?: string;
            /** @default [] */
            people: string[];
            /** @default {} */
            extra: {
                [key: string]: string;
            };
            sourceTable?: string;
        };
        RegisterEntryList: {
            items: components["schemas"]["RegisterEntry"][];
            sourceTables: string[];
            mayManage: boolean;
        };
        RegisterEntryUpdate: {
            /** @enum {string} */
            kind: "project" | "honour" | "award" | "base" | "centre";
            /** @enum {string} */
            level: "national" | "city" | "district";
            year: number;
            /** @enum {string} */
            schoolLevel: "secondary" | "higher";
            name: string;
            holderSchool: string;
            majorCode?: components["schemas"]["MajorCode"];
            majorName?: string;
            /** @default [] */
            people: string[];
            /** @default {} */
            extra: {
                [key: string]: string;
            };
            sourceTable?: string;
            version: number;
        };
        RegisterImage: {
            id: string;
            filename: string;
            size: number;
        };
        RegistrationPayload: {
            /** Format: uuid */
            orgId: string;
            participants: components["schemas"]["ParticipantPayload"][];
        };
        ReminderRules: {
            source: string;
            label: string;
            /** Format: uuid */
            scopeId: string;
            offsetsDays: number[];
            defaultOffsetsDays: number[];
            isDefault: boolean;
            overdueAllowed: boolean;
            version: number | null;
        };
        ReminderRulesPayload: {
            offsetsDays: number[];
            version: number | null;
        };
        ReminderRulesList: {
            items: components["schemas"]["ReminderRules"][];
            abilities: {
                change: boolean;
            };
        };
        ReportApproval: {
            version: number;
            signatoryName: string;
            /** @enum {boolean} */
            statementAccepted: true;
        };
        ReportCount: number;
        ReportData: {
            structure: {
                studentsTotal: components["schemas"]["ReportCount"] | null;
                newIntake: components["schemas"]["ReportCount"] | null;
                staffInPost: components["schemas"]["ReportCount"] | null;
                majorsSecondary: components["schemas"]["ReportCount"] | null;
                majorsThroughHigher: components["schemas"]["ReportCount"] | null;
                majorsThroughBachelor: components["schemas"]["ReportCount"] | null;
                majorsFiveYear: components["schemas"]["ReportCount"] | null;
            };
            facilities: {
                equipmentValue: number | null;
                equipmentValueIncrease: number | null;
                workstations: components["schemas"]["ReportCount"] | null;
                openCentres: {
                    centreName: string;
                    /** @enum {string} */
                    star: "five" | "four" | "three" | "two" | "none";
                }[];
            };
            teachers: {
                fullTimeTeachers: components["schemas"]["ReportCount"] | null;
                professionalTeachers: components["schemas"]["ReportCount"] | null;
                foundationTeachers: components["schemas"]["ReportCount"] | null;
                seniorTitleTeachers: components["schemas"]["ReportCount"] | null;
                masterTeachers: components["schemas"]["ReportCount"] | null;
                dualQualifiedTeachers: components["schemas"]["ReportCount"] | null;
                partTimeTeachers: components["schemas"]["ReportCount"] | null;
                /** @default null */
                exchangeDaysSent: components["schemas"]["ReportCount"] | null;
                /** @default null */
                exchangeHoursSent: number | null;
                /** @default null */
                exchangeDaysReceived: components["schemas"]["ReportCount"] | null;
                /** @default null */
                exchangeHoursReceived: number | null;
            };
            outcomes: {
                graduates: components["schemas"]["ReportCount"] | null;
                matchedEmployment: components["schemas"]["ReportCount"] | null;
                directEmployment: components["schemas"]["ReportCount"] | null;
                furtherStudy: components["schemas"]["ReportCount"] | null;
                startingWage: number | null;
            };
            cooperation: {
                partnerEnterprises: components["schemas"]["ReportCount"] | null;
                interns: components["schemas"]["ReportCount"] | null;
                orderClassStudents: components["schemas"]["ReportCount"] | null;
            };
            service: {
                trainingCourses: components["schemas"]["ReportCount"] | null;
                trainingPersonTimes: components["schemas"]["ReportCount"] | null;
                trainingHours: components["schemas"]["ReportCount"] | null;
                /** @default null */
                experienceActivities: components["schemas"]["ReportCount"] | null;
                /** @default null */
                experienceParticipants: components["schemas"]["ReportCount"] | null;
            };
            funding: {
                fundingPerStudent: number | null;
                specialFunding: number | null;
            };
            statedRates: {
                [key: string]: number | null;
            };
        };
        ReportDemandRow: {
            key: string;
            name: string;
            level: string | null;
            demand: number[];
            total: number;
            enterprises: number;
        };
        ReportDetail: {
            id: string;
            cycle: {
                id: string;
                title: string;
                reportYear: number;
                /** @enum {string} */
                status: "draft" | "open";
                deadlines: {
                    submit: string;
                    review: string;
                    approve: string;
                    publish: string;
                };
                indicatorSetVersion: string;
            };
            org: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            level: "school_secondary" | "school_higher" | "district" | "enterprise";
            /** @enum {string} */
            status: "draft" | "submitted" | "returned" | "reviewed" | "approved";
            data: components["schemas"]["ReportData"];
            previous: components["schemas"]["ReportData"] | null;
            rates: components["schemas"]["ComputedRate"][];
            problems: components["schemas"]["ReportProblem"][];
            fieldComments: {
                path: string;
                comment: string;
            }[];
            returnComment: string | null;
            statement: {
                text: string;
                signatoryName: string;
                signedAt: string;
            } | null;
            statementTemplate: string;
            history: components["schemas"]["ReportHistoryEntry"][];
            abilities: {
                edit: boolean;
                submit: boolean;
                review: boolean;
                approve: boolean;
                authorityReturn: boolean;
            };
            version: number;
        };
        ReportGapRow: {
            code: string;
            name: string;
            level: string;
            demand: number;
            supply: number;
            gap: number;
        };
        ReportHistoryEntry: {
            /** @enum {string} */
            action: "save" | "submit" | "pass" | "reviewer_return" | "approve" | "principal_return" | "authority_return";
            /** @enum {string} */
            fromStatus: "draft" | "submitted" | "returned" | "reviewed" | "approved";
            /** @enum {string} */
            toStatus: "draft" | "submitted" | "returned" | "reviewed" | "approved";
            actorName: string | null;
            at: string;
            comment: string | null;
            fieldComments: {
                path: string;
                comment: string;
            }[];
        };
        ReportPass: {
            version: number;
            comment?: string;
        };
        ReportProblem: {
            path: (string | number)[];
            message: {
                "zh-CN": string;
                "en-US": string;
            };
        };
        ReportReturn: {
            version: number;
            comment?: string;
            /** @default [] */
            fieldComments: components["schemas"]["FieldComment"][];
        };
        ReportSave: {
            data: components["schemas"]["ReportData"];
            version: number;
        };
        ReportSuggestion: {
            path: string;
            value: number;
            sources: components["schemas"]["SuggestionSource"][];
        };
        ReportSuggestions: {
            year: number;
            items: components["schemas"]["ReportSuggestion"][];
        };
        ReportTrendPoint: {
            quarter: number;
            /** @enum {string} */
            source: "report" | "this" | "none";
            numberLabel: string | null;
            demand: number | null;
            supply: number | null;
            gap: number | null;
        };
        Resolution: {
            itemId: string;
            meeting: {
                id: string;
                title: string;
                heldOn: string;
            };
            /** @enum {string} */
            kind: "motion" | "admission" | "withdrawal" | "expulsion" | "plan_approval" | "budget_approval" | "charter_amendment" | "termination" | "appointment";
            title: string;
            subjectOrg: {
                id: string;
                name: string;
            } | null;
            resolutionNo: number | null;
            result: components["schemas"]["VoteResult"];
            ruleText: string;
            closedAt: string;
        };
        ResourceEntry: {
            id: string;
            /** @enum {string} */
            kind: "major" | "base" | "partner" | "course";
            title: string;
            summary: string;
            org: {
                id: string;
                name: string;
            };
            city: {
                code: string;
                name: string;
            } | null;
            major: {
                code: string;
                name: string;
                className: string;
            } | null;
            /** @enum {string|null} */
            mode: "secondary" | "secondary_higher" | "secondary_bachelor" | "five_year" | "higher" | "bachelor" | null;
            openToMembers: boolean;
            year: number;
            isGenerated: boolean;
        };
        ResourceSearchResult: {
            items: components["schemas"]["ResourceEntry"][];
            total: number;
            page: number;
            pageSize: number;
            cities: components["schemas"]["CityCount"][];
        };
        ResourcesAccess: {
            manage: boolean;
            fillOrgs: {
                id: string;
                name: string;
            }[];
            search: boolean;
            exchangeOrgs: {
                id: string;
                name: string;
            }[];
            exchangeTotalsAll: boolean;
        };
        ResponseAction: {
            version: number;
        };
        ResponseReopen: {
            version: number;
            reason: string;
        };
        ResponseSave: {
            content: components["schemas"]["SurveyContent"];
            version: number;
        };
        ResultDecisions: {
            version: number;
            decisions: {
                /** Format: uuid */
                applicationId: string;
                shortlisted: boolean;
                recommended: boolean;
            }[];
        };
        ResultPayload: {
            score?: number;
            passed?: boolean;
        };
        ResultNotice: {
            documentNumber: string;
            signatory: string;
            issuedOn: components["schemas"]["IsoDate"];
            publicityFrom: components["schemas"]["IsoDate"];
            publicityTo: components["schemas"]["IsoDate"];
            objectionContact: string;
        };
        ResultPublish: {
            version: number;
            notice: components["schemas"]["ResultNotice"];
        };
        ResultRecorded: {
            /** @enum {boolean} */
            ok: true;
            attendanceWarning: {
                "zh-CN": string;
                "en-US": string;
            } | null;
        };
        ResultRow: {
            applicationId: string;
            consortiumName: string;
            parkName: string;
            applicantName: string;
            rank: number;
            tied: boolean;
            note: string | null;
            validCount: number;
            excludedCount: number;
            aggregate: string;
            deduction: string;
            total: string;
            byIndicator: {
                [key: string]: string;
            };
            explanation: string;
            shortlisted: boolean;
            recommended: boolean;
        };
        Results: {
            call: {
                id: string;
                title: string;
                authorityName: string;
            };
            /** @enum {string} */
            method: "mean" | "median" | "trimmed_mean";
            methodName: string;
            tieBreakIndicators: ("1" | "2" | "3" | "4" | "5" | "6")[];
            reviewsPerApplication: number;
            rows: components["schemas"]["ResultRow"][];
            unresolvedTies: string[][];
            publishedAt: string | null;
            notice: components["schemas"]["ResultNotice"] | null;
            version: number;
        };
        RevealPayload: {
            purpose: string;
        };
        RevealedPerson: {
            name: string;
            identifier: string | null;
            major: string | null;
        };
        Review: {
            id: string;
            callId: string;
            callTitle: string;
            applicationId: string;
            consortiumName: string;
            parkName: string;
            /** @enum {string} */
            status: "assigned" | "submitted";
            conflicted: boolean;
            submittedAt: string | null;
            total: string | null;
            application: {
                id: string;
                consortiumName: string;
                parkName: string;
                content: components["schemas"]["ApplicationContent"];
                textLimits: components["schemas"]["TextLimits"];
                limits: components["schemas"]["CallLimits"];
                material: components["schemas"]["SupportingMaterial"] | null;
            } | null;
            points: components["schemas"]["IndicatorPoint"][];
            scores: {
                [key: string]: number | null;
            };
            indicatorComments: {
                [key: string]: string;
            };
            overallComment: string | null;
            deduction: number;
            deductionReason: string | null;
            version: number;
            history: components["schemas"]["ScoreChange"][];
            siteVisits: components["schemas"]["SiteVisit"][];
            panel: {
                scores: components["schemas"]["PanelScore"][];
                average: string | null;
            } | null;
            abilities: {
                edit: boolean;
                submit: boolean;
            };
        };
        ReviewBoard: {
            call: {
                id: string;
                title: string;
                status: string;
            };
            settings: components["schemas"]["ReviewSettings"];
            version: number;
            panel: components["schemas"]["PanelExpert"][];
            applications: components["schemas"]["BoardApplication"][];
            conflicts: components["schemas"]["Conflict"][];
            published: boolean;
        };
        ReviewList: {
            items: components["schemas"]["ReviewSummary"][];
        };
        ReviewSettings: {
            scoringRule: components["schemas"]["ScoringRule"];
            limits: components["schemas"]["AssignmentLimits"];
            commentsVisibleToApplicants: boolean;
            /** @default null */
            scoresDueOn: components["schemas"]["IsoDate"] | null;
        };
        ReviewSettingsUpdate: {
            scoringRule: components["schemas"]["ScoringRule"];
            limits: components["schemas"]["AssignmentLimits"];
            commentsVisibleToApplicants: boolean;
            /** @default null */
            scoresDueOn: components["schemas"]["IsoDate"] | null;
            version: number;
        };
        ReviewSubmit: {
            version: number;
        };
        ReviewSummary: {
            id: string;
            callId: string;
            callTitle: string;
            applicationId: string;
            consortiumName: string;
            parkName: string;
            /** @enum {string} */
            status: "assigned" | "submitted";
            conflicted: boolean;
            submittedAt: string | null;
            total: string | null;
        };
        RoleAssignBody: {
            role: components["schemas"]["RoleName"];
            /** Format: uuid */
            scopeId: string | null;
        };
        RoleAssignment: {
            id: string;
            role: components["schemas"]["RoleName"];
            /** @enum {string} */
            scopeType: "system" | "org" | "body";
            scopeId: string | null;
            scopeName: string | null;
        };
        RoleCatalog: {
            roles: components["schemas"]["RoleInfo"][];
            permissions: components["schemas"]["PermissionInfo"][];
        };
        RoleGrantRequestBody: {
            /** Format: uuid */
            userId: string;
            role: components["schemas"]["RoleName"];
            reason: string;
        };
        RoleInfo: {
            role: components["schemas"]["RoleName"];
            label: string;
            /** @enum {string} */
            scope: "system" | "org" | "body";
            /** @enum {string|null} */
            adminDuty: "system" | "security" | "audit" | null;
            permissions: components["schemas"]["PermissionName"][];
            essential: components["schemas"]["PermissionName"][];
        };
        /** @enum {string} */
        RoleName: "platform_admin" | "security_admin" | "audit_admin" | "body_secretariat" | "member_representative" | "liaison" | "org_admin" | "data_collector" | "reviewer" | "principal" | "authority_admin" | "expert";
        RolePermissionsBody: {
            permissions: components["schemas"]["PermissionName"][];
        };
        RoleRevokeRequestBody: {
            /** Format: uuid */
            userId: string;
            /** Format: uuid */
            assignmentId: string;
            reason: string;
        };
        Round: {
            id: string;
            year: number;
            title: string;
            deadline: string;
            sections: ("majors" | "teachers" | "bases" | "partners" | "courses")[];
            open: boolean;
            members: number;
            submitted: number;
            accepted: number;
            isGenerated: boolean;
        };
        RoundPayload: {
            year: components["schemas"]["SurveyYear"];
            title: string;
            deadline: components["schemas"]["IsoDate"];
            sections: ("majors" | "teachers" | "bases" | "partners" | "courses")[];
        };
        RoundList: {
            items: components["schemas"]["Round"][];
        };
        RoundProgress: {
            round: components["schemas"]["Round"];
            rows: components["schemas"]["ProgressRow"][];
        };
        RowId: string;
        SchoolDemandMatch: {
            codeMatches: {
                wanted: string;
                wantedName: string;
                offered: string;
                offeredName: string;
                /** @enum {string} */
                level: "exact" | "class" | "category";
            }[];
            termMatches: {
                term: string;
                offered: string;
                offeredName: string;
            }[];
            region: {
                /** @enum {string} */
                relation: "same_district" | "same_city" | "same_province" | "elsewhere";
                steps: number;
            };
            graduates: number[];
            placementsOffered: number;
            reasons: {
                "zh-CN": string;
                "en-US": string;
            }[];
            rank: number;
            demand: {
                id: string;
                org: {
                    id: string;
                    name: string;
                };
                position: string;
                /** @enum {string} */
                educationLevel: "secondary" | "higher_associate" | "higher_bachelor";
                startYear: number;
                headcounts: number[];
                location: {
                    code: string;
                    name: string | null;
                };
                terms: string[];
            };
        };
        SchoolDemandMatchList: {
            school: {
                id: string;
                name: string;
            };
            ranking: {
                "zh-CN": string;
                "en-US": string;
            };
            results: components["schemas"]["SchoolDemandMatch"][];
        };
        Score: number;
        ScoreChange: {
            field: string;
            from: string | null;
            to: string | null;
            reason: string;
            changedBy: string;
            changedAt: string;
        };
        ScoreSave: {
            version: number;
            scores: {
                [key: string]: components["schemas"]["Score"] | null;
            };
            /** @default {} */
            indicatorComments: {
                [key: string]: string;
            };
            overallComment?: string;
            /** @default 0 */
            deduction: components["schemas"]["Score"];
            deductionReason?: string;
            changeReason?: string;
        };
        ScoringRule: {
            /** @enum {string} */
            method: "mean" | "median" | "trimmed_mean";
            tieBreakIndicators: ("1" | "2" | "3" | "4" | "5" | "6")[];
        };
        SectionSave: {
            version: number;
            data: {
                [key: string]: unknown;
            };
        };
        SecurityAccount: {
            id: string;
            username: string;
            displayName: string;
            disabled: boolean;
            disabledAt: string | null;
            locked: boolean;
            lockedUntil: string | null;
            recentFailures: number;
            totpEnabled: boolean;
            isAdministrator: boolean;
            roles: components["schemas"]["RoleAssignment"][];
        };
        SecurityAccountPage: {
            items: components["schemas"]["SecurityAccount"][];
            total: number;
            page: number;
            pageSize: number;
        };
        SessionCreated: {
            id: string;
        };
        SessionPayload: {
            sessionOn: components["schemas"]["IsoDate"];
            topic?: string;
        };
        ShanghaiDateTime: string;
        Share: {
            numerator: number;
            denominator: number;
        };
        ShortageCatalogue: {
            id: string;
            title: string;
            startYear: number;
            /** @enum {string} */
            status: "draft" | "published" | "withdrawn";
            thresholds: components["schemas"]["ShortageThresholds"];
            rule: {
                "zh-CN": string;
                "en-US": string;
            };
            entries: components["schemas"]["ShortageEntry"][];
            history: components["schemas"]["StatusChange"][];
            publishedAt: string | null;
            isGenerated: boolean;
            version: number;
            abilities: {
                edit: boolean;
            };
        };
        ShortageCatalogueList: {
            items: components["schemas"]["ShortageCatalogueSummary"][];
        };
        ShortageCatalogueSummary: {
            id: string;
            title: string;
            startYear: number;
            /** @enum {string} */
            status: "draft" | "published" | "withdrawn";
            publishedAt: string | null;
            isGenerated: boolean;
            version: number;
            entryCount: number;
        };
        ShortageDraftPayload: {
            title: string;
            startYear: components["schemas"]["StartYear"];
            thresholds: components["schemas"]["ShortageThresholds"];
        };
        ShortageEntry: {
            id: string;
            majorCode: string;
            majorName: string;
            level: string;
            className: string;
            categoryName: string;
            demand: number;
            supply: number;
            gap: number;
            enterprises: number;
            /** @enum {string} */
            origin: "rule" | "secretariat";
            reason: string | null;
            explanation: {
                "zh-CN": string;
                "en-US": string;
            }[];
            demands: components["schemas"]["ShortageEvidenceDemand"][];
            removed: boolean;
            removedReason: string | null;
        };
        ShortageEntryPayload: {
            majorCode: components["schemas"]["MajorCode"];
            reason: string;
            version: number;
        };
        ShortageEntryRemoval: {
            reason: string;
            version: number;
        };
        ShortageEvidenceDemand: {
            demandId: string;
            orgName: string;
            position: string;
            counted: number;
        };
        ShortageRebuildPayload: {
            thresholds: components["schemas"]["ShortageThresholds"];
            version: number;
        };
        ShortageStatusPayload: {
            /** @enum {string} */
            action: "publish" | "withdraw";
            reason?: string;
            version: number;
        };
        ShortageThresholds: {
            minGap: number;
            minGapShare: components["schemas"]["Share"];
            minEnterprises: number;
        };
        SiteVisit: {
            visitedOn: components["schemas"]["IsoDate"];
            visitMembers: string;
            findings: string;
            id: string;
            recordedBy: string;
            createdAt: string;
        };
        SiteVisitPayload: {
            visitedOn: components["schemas"]["IsoDate"];
            visitMembers: string;
            findings: string;
        };
        SiteVisitList: {
            items: components["schemas"]["SiteVisit"][];
        };
        StartYear: number;
        StatedTrainingTotals: {
            baseUnits: components["schemas"]["ReportCount"] | null;
            trainingCourses: components["schemas"]["ReportCount"] | null;
            trainingPersonTimes: components["schemas"]["ReportCount"] | null;
            trainingHours: components["schemas"]["ReportCount"] | null;
            source: string;
        };
        StatusChange: {
            from: string | null;
            to: string;
            reason: string | null;
            by: string | null;
            at: string;
        };
        StudentAggregate: {
            id: string;
            org: {
                id: string;
                name: string;
            };
            major: components["schemas"]["MajorRef"];
            graduationYear: number;
            students: number;
            seekingPlacement: number;
            /** @enum {string} */
            status: "draft" | "published" | "withdrawn" | "expired";
            isGenerated: boolean;
            version: number;
            history: components["schemas"]["ListHistoryItem"][];
        };
        StudentAggregatePayload: {
            /** Format: uuid */
            orgId: string;
            majorCode: components["schemas"]["MajorCode"];
            graduationYear: number;
            students: number;
            seekingPlacement: number;
        };
        StudentAggregateList: {
            items: components["schemas"]["StudentAggregate"][];
        };
        StudentAggregateUpdate: {
            students: number;
            seekingPlacement: number;
            version: number;
        };
        StudentPayload: {
            name: string;
            studentNumber: string;
            major: string;
        };
        SuggestionSource: {
            agreementId: string;
            /** @enum {string} */
            kind: "teacher" | "experience";
            /** @enum {string} */
            role: "sent" | "received" | "hosted";
            counterpart: string;
            body: string;
            startsOn: string;
            endsOn: string;
            days: number | null;
            hours: number | null;
            participants: number | null;
        };
        SummarySection: {
            /** @default [] */
            mainIndustries: string[];
            /** @default null */
            parkLeadingIndustry: string | null;
            /**
             * @default null
             * @enum {string|null}
             */
            leadSchoolLevel: "secondary" | "higher_associate" | "higher_bachelor" | null;
            /** @default null */
            leadEnterpriseIsIntegrationEnterprise: boolean | null;
            /** @default null */
            contactName: string | null;
            /** @default null */
            contactTitle: string | null;
            contactMobile: components["schemas"]["FormPhone"];
        };
        Supply: {
            id: string;
            org: {
                id: string;
                name: string;
            };
            major: components["schemas"]["MajorRef"];
            /** @enum {string} */
            mode: "full_time" | "apprenticeship" | "order_class" | "part_time";
            startYear: number;
            plannedEnrolment: number[];
            expectedGraduates: number[];
            placementsOffered: number;
            isGenerated: boolean;
            version: number;
            updatedAt: string;
        };
        SupplyPayload: {
            /** Format: uuid */
            orgId: string;
            majorCode: components["schemas"]["MajorCode"];
            /** @enum {string} */
            mode: "full_time" | "apprenticeship" | "order_class" | "part_time";
            startYear: components["schemas"]["StartYear"];
            plannedEnrolment: components["schemas"]["ThreeYears"];
            expectedGraduates: components["schemas"]["ThreeYears"];
            /** @default 0 */
            placementsOffered: number;
        };
        SupplyList: {
            items: components["schemas"]["Supply"][];
        };
        SupplyUpdate: {
            plannedEnrolment: components["schemas"]["ThreeYears"];
            expectedGraduates: components["schemas"]["ThreeYears"];
            /** @default 0 */
            placementsOffered: number;
            version: number;
        };
        SupportingMaterial: {
            id: string;
            filename: string;
            pageCount: number;
            sizeBytes: number;
            sha256: string;
            toc: components["schemas"]["TocEntry"][];
            uploadedAt: string;
        };
        SurveyBase: {
            name: string;
            /** @enum {string} */
            kind: "training_base" | "open_centre";
            majorCodes: components["schemas"]["MajorCode"][];
            workstations: number;
            starLevel?: number;
            openToMembers: boolean;
            bookingTerms?: string;
        };
        SurveyContent: {
            majors: components["schemas"]["SurveyMajor"][];
            teachers: components["schemas"]["SurveyTeachers"][];
            bases: components["schemas"]["SurveyBase"][];
            partners: components["schemas"]["SurveyPartner"][];
            courses: components["schemas"]["SurveyCourse"][];
            noneToReport: ("majors" | "teachers" | "bases" | "partners" | "courses")[];
        };
        SurveyContentView: {
            majors: {
                majorCode: string;
                /** @enum {string} */
                mode: "secondary" | "secondary_higher" | "secondary_bachelor" | "five_year" | "higher" | "bachelor";
                studentsPerGrade: number[];
                offeredSince?: number;
            }[];
            teachers: {
                classCode: string;
                fullTime: number;
                seniorTitle: number;
                postgraduate: number;
                dualQualified: number;
                partTime: number;
            }[];
            bases: {
                name: string;
                /** @enum {string} */
                kind: "training_base" | "open_centre";
                majorCodes: string[];
                workstations: number;
                starLevel?: number;
                openToMembers: boolean;
                bookingTerms?: string;
            }[];
            partners: {
                uscc: string;
                name: string;
                fields: string;
                agreementFrom: string;
                agreementTo?: string;
                internsHosted: number;
                orderClass: boolean;
                apprenticeship: boolean;
            }[];
            courses: {
                name: string;
                majorCode?: string;
                credits: number;
                hours: number;
                /** @enum {string} */
                mode: "online" | "offline" | "blended";
                seats: number;
            }[];
            noneToReport: ("majors" | "teachers" | "bases" | "partners" | "courses")[];
        };
        SurveyCourse: {
            name: string;
            majorCode?: components["schemas"]["MajorCode"];
            credits: number;
            hours: number;
            /** @enum {string} */
            mode: "online" | "offline" | "blended";
            seats: number;
        };
        SurveyMajor: {
            majorCode: components["schemas"]["MajorCode"];
            /** @enum {string} */
            mode: "secondary" | "secondary_higher" | "secondary_bachelor" | "five_year" | "higher" | "bachelor";
            studentsPerGrade: number[];
            offeredSince?: number;
        };
        SurveyPartner: {
            uscc: components["schemas"]["Uscc"];
            name: string;
            fields: string;
            agreementFrom: components["schemas"]["IsoDate"];
            agreementTo?: components["schemas"]["IsoDate"];
            internsHosted: number;
            orderClass: boolean;
            apprenticeship: boolean;
        };
        SurveyResponse: {
            round: components["schemas"]["Round"];
            org: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            status: "not_started" | "draft" | "submitted" | "accepted" | "reopened";
            content: components["schemas"]["SurveyContentView"];
            prefilledFrom: number | null;
            completeness: components["schemas"]["Completeness"];
            submittedAt: string | null;
            acceptedAt: string | null;
            reopenReason: string | null;
            mayEdit: boolean;
            maySubmit: boolean;
            mayAccept: boolean;
            mayReopen: boolean;
            version: number;
        };
        SurveyTeachers: {
            classCode: components["schemas"]["MajorClassCode"];
            fullTime: number;
            seniorTitle: number;
            postgraduate: number;
            dualQualified: number;
            partTime: number;
        };
        SurveyYear: number;
        SyllabusList: {
            items: components["schemas"]["SyllabusVersion"][];
        };
        SyllabusVersion: {
            version: number;
            filename: string;
            contentType: string;
            size: number;
            uploadedAt: string;
            current: boolean;
        };
        TalentAccess: {
            demandOrgs: {
                id: string;
                name: string;
            }[];
            supplyOrgs: {
                id: string;
                name: string;
            }[];
            analysis: boolean;
            lists: boolean;
        };
        TalentJob: {
            id: string;
            org: {
                id: string;
                name: string;
            };
            position: string;
            occupation: string;
            occupationCode: string | null;
            majors: components["schemas"]["MajorRef"][];
            /** @enum {string} */
            educationLevel: "secondary" | "higher_associate" | "higher_bachelor";
            headcount: number;
            duties: string | null;
            validUntil: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "withdrawn" | "expired";
            isGenerated: boolean;
            version: number;
            updatedAt: string;
            adjustments: components["schemas"]["TalentJobAdjustment"][];
            history: components["schemas"]["ListHistoryItem"][];
        };
        TalentJobAdjustment: {
            kind: string;
            reason: string | null;
            changes: components["schemas"]["TalentJobFieldChange"][];
            by: string | null;
            at: string;
        };
        TalentJobFieldChange: {
            field: string;
            before: string;
            after: string;
        };
        TalentJobPayload: {
            /** Format: uuid */
            orgId: string;
            position: string;
            occupation: string;
            occupationCode?: components["schemas"]["OccupationCode"];
            majorCodes: components["schemas"]["MajorCode"][];
            /** @enum {string} */
            educationLevel: "secondary" | "higher_associate" | "higher_bachelor";
            headcount: number;
            duties?: string;
            validUntil?: components["schemas"]["IsoDate"];
        };
        TalentJobList: {
            items: components["schemas"]["TalentJob"][];
        };
        TalentJobUpdate: {
            position: string;
            occupation: string;
            occupationCode?: components["schemas"]["OccupationCode"];
            majorCodes: components["schemas"]["MajorCode"][];
            /** @enum {string} */
            educationLevel: "secondary" | "higher_associate" | "higher_bachelor";
            headcount: number;
            duties?: string;
            validUntil?: components["schemas"]["IsoDate"];
            reason: string;
            version: number;
        };
        TalentReport: {
            id: string;
            /** @enum {string} */
            kind: "quarterly" | "yearly";
            year: number;
            quarter: number | null;
            periodLabel: string;
            title: string;
            numberLabel: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "withdrawn";
            publishedOn: string | null;
            version: number;
            isGenerated: boolean;
            body: {
                id: string;
                name: string;
            };
            firstDay: string;
            lastDay: string;
            sections: components["schemas"]["TalentReportSections"];
            figures: components["schemas"]["TalentReportFigures"];
            withdrawnOn: string | null;
            withdrawnReason: string | null;
            abilities: {
                edit: boolean;
                publish: boolean;
                withdraw: boolean;
            };
        };
        TalentReportFigures: {
            years: number[];
            asOf: string;
            totals: {
                demand: number;
                supply: number;
                gap: number;
                enterprises: number;
                majors: number;
            };
            byIndustry: components["schemas"]["ReportDemandRow"][];
            byClass: components["schemas"]["ReportDemandRow"][];
            gaps: components["schemas"]["ReportGapRow"][];
            gapsOmitted: {
                majors: number;
                demand: number;
                supply: number;
                gap: number;
            } | null;
            shortage: {
                title: string;
                publishedOn: string;
                rule: string;
                entries: {
                    code: string;
                    name: string;
                    level: string;
                    demand: number;
                    supply: number;
                    gap: number;
                    enterprises: number;
                }[];
            } | null;
            trend: components["schemas"]["ReportTrendPoint"][];
            notes: string[];
        };
        TalentReportPayload: {
            /** @enum {string} */
            kind: "quarterly" | "yearly";
            year: number;
            quarter?: number;
        };
        TalentReportList: {
            items: components["schemas"]["TalentReportSummary"][];
            abilities: {
                create: boolean;
            };
        };
        TalentReportPublishPayload: {
            version: number;
        };
        TalentReportSections: {
            intro: string;
            analysis: string;
            advice: string;
        };
        TalentReportSectionsPayload: {
            intro: string;
            analysis: string;
            advice: string;
            version: number;
        };
        TalentReportSummary: {
            id: string;
            /** @enum {string} */
            kind: "quarterly" | "yearly";
            year: number;
            quarter: number | null;
            periodLabel: string;
            title: string;
            numberLabel: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "withdrawn";
            publishedOn: string | null;
            version: number;
            isGenerated: boolean;
        };
        TalentReportWithdrawPayload: {
            reason: string;
            version: number;
        };
        TeacherPractice: {
            id: string;
            school: {
                id: string;
                name: string;
            };
            enterprise: {
                id: string;
                name: string;
            };
            teachers: number;
            months: number;
            personMonths: number;
            startsOn: string;
            year: number;
            isGenerated: boolean;
        };
        TeacherPracticePayload: {
            /** Format: uuid */
            schoolOrgId: string;
            /** Format: uuid */
            enterpriseOrgId: string;
            teachers: number;
            months: number;
            startsOn: components["schemas"]["IsoDate"];
        };
        Term: {
            holderName: string;
            org: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            startOn: string;
            endsOn: string;
            reminderOn: string;
            termNumber: number;
            renewals: number;
            /** @enum {string} */
            state: "not_started" | "active" | "reminder_due" | "ended";
            mayRenew: boolean;
            explanation: string;
        };
        TextLimits: {
            parkLeadingIndustries: number;
            localPolicies: number;
            teachingTeamAwards: number;
            talentPlatform: number;
            newPractices: number;
            skillsCompetitionAwards: number;
            constructionPlan: number;
            featuresAndInnovation: number;
        };
        ThreeYears: number[];
        TocEntry: {
            title: string;
            page: number;
        };
        TocUpdate: {
            entries: components["schemas"]["TocEntry"][];
        };
        TotpBegin: {
            secret: string;
            uri: string;
            qrDataUrl: string;
        };
        TotpConfirmBody: {
            code: string;
        };
        TrainingYear: {
            year: number;
            baseUnits: components["schemas"]["ReportCount"];
            trainingCourses: components["schemas"]["ReportCount"];
            trainingPersonTimes: components["schemas"]["ReportCount"];
            trainingHours: components["schemas"]["ReportCount"];
        };
        UnitRef: {
            /**
             * Format: uuid
             * @default null
             */
            orgId: string | null;
            /** @default null */
            name: string | null;
            uscc: components["schemas"]["FormUscc"];
        };
        UnreadCount: {
            unread: number;
        };
        UnsubscribeBody: {
            token: string;
        };
        UnsubscribeResult: {
            kindLabel: string;
            username: string;
        };
        Uscc: unknown;
        User: {
            id: string;
            username: string;
            displayName: string;
            email: string | null;
            phone: string | null;
            disabled: boolean;
            disabledAt: string | null;
            totpEnabled: boolean;
            mustChangePassword: boolean;
            roles: components["schemas"]["RoleAssignment"][];
            createdAt: string;
        };
        UserCreateBody: {
            username: string;
            displayName: string;
            /** Format: email */
            email?: string | null;
            phone?: components["schemas"]["Phone"] | null;
            initialPassword: string;
        };
        UserDisableBody: {
            reason: string;
        };
        UserPage: {
            items: components["schemas"]["User"][];
            total: number;
            page: number;
            pageSize: number;
        };
        /** Format: uuid */
        Uuid: string;
        VersionPayload: {
            version: number;
        };
        VersionSelector: "draft" | number;
        VoidEntryPayload: {
            reason: string;
        };
        VoteResult: {
            yes: number;
            no: number;
            abstain: number;
            entitled: number;
            present: number;
            required: number;
            passed: boolean;
            explanation: string;
        };
        VoteThreshold: {
            numerator: number;
            denominator: number;
            /** @enum {string} */
            comparator: "gte" | "gt";
            /** @enum {string} */
            base: "present" | "entitled" | "cast";
        };
        WithdrawCredentialPayload: {
            reason: string;
        };
        Withdrawal: {
            id: string;
            body: {
                id: string;
                name: string;
            };
            org: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            status: "submitted" | "receipt_confirmed" | "on_agenda" | "approved" | "not_approved" | "completed";
            letter: string;
            intendedOn: string;
            submittedAt: string;
            receiptConfirmedOn: string | null;
            earliestEffectiveOn: string | null;
            earliestExplanation: string | null;
            meeting: {
                id: string;
                title: string;
                heldOn: string;
            } | null;
            decidedOn: string | null;
            effectiveOn: string | null;
            certificateReturnedOn: string | null;
            noticeId: string | null;
            handover: components["schemas"]["HandoverProject"][];
            version: number;
        };
        WithdrawalCompletion: {
            certificateReturnedOn: components["schemas"]["IsoDate"];
            version: number;
        };
        WithdrawalPayload: {
            /** Format: uuid */
            orgId: string;
            letter: string;
            intendedOn: components["schemas"]["IsoDate"];
        };
        WorkplanEvidence: {
            /** Format: uuid */
            id: string;
            filename: string;
            size: number;
        };
        WorkplanFieldChange: {
            /** @enum {string} */
            field: "section" | "title" | "windowText" | "content" | "expectedOutcome" | "unitsText";
            before: string | null;
            after: string | null;
        };
        WorkplanHistory: {
            planVersion: number;
            items: components["schemas"]["WorkplanRevision"][];
        };
        WorkplanList: {
            items: components["schemas"]["WorkplanTask"][];
            counts: {
                late: number;
                due: number;
                done: number;
                total: number;
            };
            dueWithinDays: number;
            planVersion: number;
            abilities: {
                manage: boolean;
            };
        };
        WorkplanProgress: {
            /** Format: uuid */
            id: string;
            reportedOn: string;
            note: string;
            progressPercent: number;
            /** @enum {string} */
            status: "in_progress" | "done";
            org: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            reportedBy: string | null;
            createdAt: string;
            evidence: components["schemas"]["WorkplanEvidence"][];
        };
        WorkplanProgressPayload: {
            /** Format: uuid */
            orgId?: string;
            reportedOn: components["schemas"]["IsoDate"];
            note: string;
            progressPercent: number;
            /** @enum {string} */
            status: "in_progress" | "done";
            /** @default [] */
            evidenceIds: string[];
        };
        WorkplanProgressList: {
            items: components["schemas"]["WorkplanProgress"][];
        };
        WorkplanRevision: {
            planVersion: number;
            /** @enum {string} */
            change: "add" | "edit" | "retire";
            task: {
                /** Format: uuid */
                id: string;
                title: string;
            };
            reason: string | null;
            fields: components["schemas"]["WorkplanFieldChange"][];
            by: string | null;
            at: string;
        };
        WorkplanTask: {
            /** Format: uuid */
            id: string;
            year: number;
            section: string;
            title: string;
            windowText: string;
            startsOn: string;
            endsOn: string;
            content: string;
            expectedOutcome: string;
            units: components["schemas"]["WorkplanUnit"][];
            progressPercent: number;
            done: boolean;
            lastReportedOn: string | null;
            /** @enum {string} */
            timing: "done" | "late" | "due" | "in_window" | "not_started";
            daysLeft: number;
            sourceNote: string | null;
            version: number;
            retired: {
                on: string;
                reason: string;
            } | null;
            abilities: {
                report: boolean;
                manage: boolean;
            };
        };
        WorkplanTaskEdit: {
            section: string;
            title: string;
            windowText: string;
            content: string;
            expectedOutcome: string;
            unitsText: string;
            version: number;
        };
        WorkplanTaskPayload: {
            year: number;
            section: string;
            title: string;
            windowText: string;
            content: string;
            expectedOutcome: string;
            unitsText: string;
        };
        WorkplanTaskRetire: {
            reason: string;
            version: number;
        };
        WorkplanUnit: {
            /** @enum {string} */
            role: "lead" | "responsible";
            /** @enum {string} */
            kind: "chair_unit" | "committee" | "all_members" | "org";
            name: string;
            resolved: string | null;
        };
        Yuan: string;
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
