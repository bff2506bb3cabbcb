import { loadCognitoConfig, type CognitoConfig } from './cognito.ts';
import { loadDemoIdentities, type DemoIdentity } from './dev-identities.ts';

/** Which sign-in this deployment offers: the local demo identities, Cognito, or (misconfigured) neither. */
export type SignInMethod =
  | { readonly kind: 'dev'; readonly identities: readonly DemoIdentity[] }
  | { readonly kind: 'cognito'; readonly config: CognitoConfig }
  | { readonly kind: 'none' };

let resolved: Promise<SignInMethod> | undefined;

export function signInMethod(): Promise<SignInMethod> {
  resolved ??= (async () => {
    const [identities, config] = await Promise.all([loadDemoIdentities(), loadCognitoConfig()]);
    if (identities) return { kind: 'dev', identities };
    if (config) return { kind: 'cognito', config };
    return { kind: 'none' };
  })();
  return resolved;
}
