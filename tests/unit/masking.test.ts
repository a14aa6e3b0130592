import { fullAddress, maskAddress, maskName, maskPhone, maskWechatId } from '../../src/privacy/masking';

describe('contact details masked as the platforms show them', () => {
  it('keeps a phone\'s first three and last four digits, without the country code', () => {
    expect(maskPhone('+8613800138000')).toBe('138****8000');
    expect(maskPhone('13912345678')).toBe('139****5678');
    expect(maskPhone('+85291234567')).toBe('852****4567'); // another country: its digits, masked alike
    expect(maskPhone('12345')).toBe('*****');
    expect(maskPhone(null)).toBeNull();
  });

  it('keeps a WeChat id\'s first three and last two characters, a name\'s first character', () => {
    expect(maskWechatId('wx_zhangwei89')).toBe('wx_***89');
    expect(maskWechatId('abc')).toBe('a***');
    expect(maskName('张伟明')).toBe('张**');
    expect(maskName('李')).toBe('李*');
    expect(maskName('Anna Smith')).toBe('A*********');
  });

  it('shows an address as province and city; the whole one only in clear', () => {
    expect(maskAddress('浙江省', '杭州市', '西湖区文三路 90 号')).toBe('浙江省 杭州市');
    expect(maskAddress(null, null, '西湖区文三路 90 号')).toBe('***');
    expect(maskAddress(null, null, null)).toBeNull();
    expect(fullAddress('浙江省', '杭州市', '西湖区文三路 90 号')).toBe('浙江省 杭州市 西湖区文三路 90 号');
  });
});
