import { Menu } from 'electron';
import { menuTemplate, type MenuActions, type MenuPlace } from './menu-template.ts';

export type { MenuActions } from './menu-template.ts';

export function buildMenu(actions: MenuActions, place: MenuPlace): Menu {
  return Menu.buildFromTemplate(menuTemplate(actions, place));
}
