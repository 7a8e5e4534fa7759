import Button from '@atlaskit/button/new';
import DropdownMenu, { DropdownItem, DropdownItemGroup } from '@atlaskit/dropdown-menu';

interface RowAction {
  label: string;
  onClick: () => void;
}

/**
 * A row's actions behind one "•••" button (issue 10): rows stay quiet, and each trigger is named
 * after its row ("Actions for market EMEA") so a screen reader's list of buttons still tells the
 * rows apart. Atlaskit's menu brings the keyboard (Enter/Space/arrows/Escape) and hands focus back
 * to the trigger on close; the actions open dialogs that confirm before anything is removed.
 */
export function RowActions({ name, actions }: { name: string; actions: RowAction[] }) {
  if (actions.length === 0) return null;
  const label = `Actions for ${name}`;
  return (
    <DropdownMenu
      label={label}
      menuLabel={label}
      placement="bottom-end"
      // Drawn beside its trigger, so the open menu stays inside the page's landmarks (axe "region"
      // flags a menu portalled to the end of <body>); Popper places it `fixed`, so a scrolling
      // ancestor such as a dialog's body does not clip it.
      shouldRenderToParent
      trigger={({ triggerRef, testId: _testId, ...props }) => (
        <Button {...props} ref={triggerRef} appearance="subtle" spacing="compact" aria-label={label}>
          •••
        </Button>
      )}
    >
      <DropdownItemGroup>
        {actions.map((action) => (
          <DropdownItem key={action.label} onClick={action.onClick}>
            {action.label}
          </DropdownItem>
        ))}
      </DropdownItemGroup>
    </DropdownMenu>
  );
}
