import { ROUTES, splitRouteKey, type RouteKey } from '../../shared/manifest.ts';

export interface MatchedRoute {
  readonly key: RouteKey;
  readonly pathParameters: Record<string, string>;
}

const compiled = (Object.keys(ROUTES) as RouteKey[]).map((key) => {
  const { method, path } = splitRouteKey(key);
  const names: string[] = [];
  const pattern = path
    .split('/')
    .map((segment) => {
      const parameter = /^\{(\w+)\}$/.exec(segment);
      if (!parameter) return segment.replaceAll('.', '\\.');
      names.push(parameter[1]!);
      return '([^/]+)';
    })
    .join('/');
  return { key, method, regex: new RegExp(`^${pattern}$`), names };
});

/** API Gateway's route selection for the manifest's routes: exact method, `{param}` matches one segment. */
export function matchRoute(method: string, path: string): MatchedRoute | undefined {
  for (const route of compiled) {
    if (route.method !== method) continue;
    const match = route.regex.exec(path);
    if (!match) continue;
    const pathParameters = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
    return { key: route.key, pathParameters };
  }
  return undefined;
}
