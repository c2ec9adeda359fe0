/**
 * Shown when a save met VERSION_CONFLICT: someone saved the record after the form was filled. The user takes
 * the latest version (losing their unsaved edits) rather than overwriting the other person's change.
 */
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import { useEffect, useRef, useState } from 'react';

interface VersionConflictNoticeProps {
  title: string;
  /** The server's message, which names the current version. */
  message: string;
  reloadLabel: string;
  onReload: () => Promise<void>;
}

export function VersionConflictNotice({ title, message, reloadLabel, onReload }: VersionConflictNoticeProps) {
  const [reloading, setReloading] = useState(false);
  const notice = useRef<HTMLDivElement>(null);
  // The save button sits below a long form; bring the notice into view.
  useEffect(() => {
    void notice.current?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  }, [message]);

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
    }
  };

  return (
    <div ref={notice}>
      <Alert
        type="warning"
        showIcon
        title={title}
        description={message}
        action={
          <Button type="primary" loading={reloading} onClick={() => void reload()}>
            {reloadLabel}
          </Button>
        }
        style={{ marginBottom: 16 }}
      />
    </div>
  );
}
