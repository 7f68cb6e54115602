/** Which addresses the gateway may fetch an image from: public ones only, judged on the address actually used. */
import { createServer, type Server } from 'node:https';
import { isPublicAddress, NonPublicAddressError, publicAddressesOf } from '../../../shared/net/public-address';
import { downloadImage } from '../../../worker/providers/image-download';

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.0.0.1',
    '172.16.5.4',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '64:ff9b::a9fe:a9fe',
    'ff02::1',
    'not an address',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['93.184.215.14', '8.8.8.8', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('accepts %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe('publicAddressesOf', () => {
  const resolvesTo = (...addresses: string[]) => async () => addresses;

  it('refuses a host name that resolves to loopback, or to any private address among public ones', async () => {
    await expect(publicAddressesOf('images.example.com', resolvesTo('127.0.0.1'))).rejects.toThrow(/resolves to 127\.0\.0\.1, which is not a public address/);
    await expect(publicAddressesOf('images.example.com', resolvesTo('93.184.215.14', '10.0.0.7'))).rejects.toBeInstanceOf(NonPublicAddressError);
    await expect(publicAddressesOf('images.example.com', resolvesTo('::1'))).rejects.toBeInstanceOf(NonPublicAddressError);
  });

  it('refuses localhost and single-label names without asking DNS, and a name that does not resolve', async () => {
    const never = async (): Promise<string[]> => {
      throw new Error('must not be asked');
    };
    await expect(publicAddressesOf('localhost', never)).rejects.toThrow(/not a public host name/);
    await expect(publicAddressesOf('metadata', never)).rejects.toThrow(/not a public host name/);
    await expect(publicAddressesOf('nowhere.example', never)).rejects.toThrow(/does not resolve/);
  });

  it('accepts a name whose every address is public', async () => {
    await expect(publicAddressesOf('images.example.com', resolvesTo('93.184.215.14', '2606:4700::1'))).resolves.toEqual(['93.184.215.14', '2606:4700::1']);
  });
});

describe('downloadImage', () => {
  const limits = { maxBytes: 1024, timeoutMs: 2_000 };

  it.each(['https://127.0.0.1/a.png', 'https://[::1]/a.png', 'https://10.0.0.1/a.png', 'https://169.254.169.254/latest', 'http://93.184.215.14/a.png'])(
    'never connects to %s',
    async (url) => {
      await expect(downloadImage(new URL(url), limits, 'gemini')).rejects.toMatchObject({ kind: 'bad_request', message: expect.stringMatching(/gemini: the image could not be used/) });
    },
  );

  describe('a host name that resolves to a server on loopback', () => {
    let server: Server;
    let port = 0;
    let hits = 0;
    beforeAll(async () => {
      // No certificate: the refusal must come before any TLS, at the address check.
      server = createServer((_req, res) => {
        hits += 1;
        res.end('x');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as { port: number }).port;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('is refused at connection time, even when DNS answered otherwise before', async () => {
      let calls = 0;
      // A rebinding resolver: the first answer (the API's check) is public, the next loopback.
      const rebinding = async () => (calls++ === 0 ? ['93.184.215.14'] : ['127.0.0.1']);
      await publicAddressesOf('images.example.com', rebinding);
      await expect(downloadImage(new URL(`https://images.example.com:${port}/a.png`), { ...limits, lookup: rebinding }, 'gemini')).rejects.toMatchObject({
        kind: 'bad_request',
        message: expect.stringMatching(/resolves to 127\.0\.0\.1/),
      });
      expect(hits).toBe(0);
    });
  });
});
