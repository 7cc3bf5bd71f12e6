/**
 * Is a folder synced to a cloud service or on a network drive? Backups written there leave
 * the computer, and a sync or a dropped connection can interfere with them, so the app says
 * so instead of writing there silently. Detection is by folder names (sync clients use
 * recognisable ones), Syncthing's marker file, UNC paths on Windows and, on Linux, the
 * mount's file system type from /proc/mounts. macOS network volumes under /Volumes cannot be
 * told from USB disks without statfs's type name, which Node does not give: names only there.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface FolderCheckOptions {
  platform?: NodeJS.Platform;
  /** The text of /proc/mounts; read from the system when not given (Linux only). */
  mounts?: string | null;
}

/** Folder names sync clients create, matched on a whole path segment; case matters only for common words (Box, MEGA). */
const SYNC_FOLDER_NAMES: ReadonlyArray<[RegExp, string]> = [
  [/^dropbox(\b.*)?$/i, 'Dropbox'],
  [/^onedrive(\b.*)?$/i, 'OneDrive'],
  [/^icloud ?drive(\b.*)?$/i, 'iCloud Drive'],
  [/^mobile documents$/i, 'iCloud Drive'],
  [/^com~apple~clouddocs$/i, 'iCloud Drive'],
  [/^google ?drive(\b.*)?$/i, 'Google Drive'],
  [/^my drive$/i, 'Google Drive'],
  [/^cloudstorage$/i, 'a cloud storage provider'],
  [/^Box( Sync| Drive)?$/, 'Box'],
  [/^pcloud( ?drive)?(\b.*)?$/i, 'pCloud'],
  [/^nextcloud(\b.*)?$/i, 'Nextcloud'],
  [/^owncloud(\b.*)?$/i, 'ownCloud'],
  [/^syncthing(\b.*)?$/i, 'Syncthing'],
  [/^(MEGA|MEGAsync|MEGA Downloads)$/, 'MEGA'],
];

/** GVFS mounts of remote shares on Linux desktops, by the segment GVFS names them with. */
const GVFS_REMOTE = /^(smb-share|sftp|ftp|dav|davs|afp-volume|google-drive|onedrive):/i;

/** File system types that live on another machine. */
const NETWORK_FS = new Set([
  'nfs', 'nfs4', 'cifs', 'smb3', 'smbfs', 'sshfs', 'fuse.sshfs', 'davfs', 'fuse.davfs2', '9p', 'afs',
  'ceph', 'glusterfs', 'fuse.glusterfs', 'lustre', 'fuse.rclone', 'fuse.s3fs', 'ncpfs', 'coda',
]);

/** A sentence saying where the folder really is when it is synced or on the network; else null. */
export function syncedFolderWarning(folder: string, options: FolderCheckOptions = {}): string | null {
  const platform = options.platform ?? process.platform;
  if (platform === 'win32' && isUncPath(folder)) {
    return `${folder} is on a network share: backups written there are stored on another computer, and a dropped connection can interrupt them.`;
  }
  const real = realFolder(folder, platform);
  for (const candidate of new Set([folder, real])) {
    const service = syncServiceByName(candidate);
    if (service) {
      return `${folder} is in a folder synced by ${service}: backups written there are copied off this computer, and a sync in progress can hold, rename or duplicate them.`;
    }
  }
  if (platform !== 'win32' && hasSyncthingMarker(real)) {
    return `${folder} is in a folder synced by Syncthing: backups written there are copied to other devices, and a sync in progress can hold, rename or duplicate them.`;
  }
  if (platform === 'linux') {
    const mount = findMount(real, options.mounts === undefined ? readProcMounts() : options.mounts);
    if (mount && isNetworkMount(mount)) {
      return `${folder} is on a network drive (${mount.type} at ${mount.point}): backups written there are stored on another computer, and a dropped connection can interrupt them.`;
    }
  }
  return null;
}

function isUncPath(p: string): boolean {
  // \\server\share, //server/share and \\?\UNC\server\share; not \\?\C:\ or \\.\ device paths.
  if (/^\\\\\?\\UNC\\/i.test(p)) return true;
  return /^[\\/]{2}[^\\/?.][^\\/]*[\\/][^\\/]+/.test(p);
}

function syncServiceByName(p: string): string | null {
  for (const segment of p.split(/[\\/]+/)) {
    if (GVFS_REMOTE.test(segment)) return segment.split(':')[0] === 'google-drive' ? 'Google Drive' : 'a network share (GVFS)';
    for (const [pattern, service] of SYNC_FOLDER_NAMES) if (pattern.test(segment)) return service;
  }
  return null;
}

/** The folder with symbolic links resolved, through its nearest existing ancestor (the backups folder may not exist yet). */
function realFolder(folder: string, platform: NodeJS.Platform): string {
  if (platform !== process.platform) return folder;
  let existing = path.resolve(folder);
  const rest: string[] = [];
  for (;;) {
    try {
      return path.join(fs.realpathSync(existing), ...rest);
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) return path.resolve(folder);
      rest.unshift(path.basename(existing));
      existing = parent;
    }
  }
}

/** Syncthing puts a `.stfolder` in the root of every folder it syncs. */
function hasSyncthingMarker(folder: string): boolean {
  for (let dir = folder; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.stfolder'))) return true;
    if (path.dirname(dir) === dir) return false;
  }
}

interface Mount {
  point: string;
  type: string;
  options: string;
}

function readProcMounts(): string | null {
  try {
    return fs.readFileSync('/proc/mounts', 'utf8');
  } catch {
    return null;
  }
}

/** /proc/mounts escapes space, tab, newline and backslash as octal. */
const unescapeMount = (s: string) => s.replace(/\\([0-7]{3})/g, (_m, octal: string) => String.fromCharCode(parseInt(octal, 8)));

/** The mount the path is on: the longest mount point that contains it. */
export function findMount(p: string, mounts: string | null): Mount | null {
  if (!mounts) return null;
  let best: Mount | null = null;
  for (const line of mounts.split('\n')) {
    const [, point, type, options] = line.split(' ');
    if (!point || !type) continue;
    const mount = { point: unescapeMount(point), type, options: options ?? '' };
    const inside = mount.point === '/' || p === mount.point || p.startsWith(`${mount.point}/`);
    if (inside && (!best || mount.point.length >= best.point.length)) best = mount;
  }
  return best;
}

function isNetworkMount(mount: Mount): boolean {
  // WSL mounts the Windows drives as 9p with aname=drvfs: local disks, not a network.
  if (mount.type === '9p' && /(^|,)aname=drvfs/.test(mount.options)) return false;
  return NETWORK_FS.has(mount.type);
}
