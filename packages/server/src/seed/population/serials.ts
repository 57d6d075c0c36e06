// Serial numbers that make NIKs and KK numbers unique: a NIK's last four digits count people of one district
// with the same date digits (birth date, day + 40 for women), a KK's count cards of one district issued on the
// same day. Villages are generated in code order, so a district's counters can be dropped once it is done;
// migrants' counters (other districts of Indonesia) live for the whole run. Memory stays bounded.
import { buildNik, districtCodeToPrefix, type Sex } from '@smart-kampung/domain';

export class SerialCounters {
  private district = '';
  private local = new Map<string, number>();
  private readonly migrants = new Map<string, number>();
  private readonly kk = new Map<string, number>();

  /** Starts a village; counters of the previous district are dropped when the district changes. */
  enterDistrict(districtCode: string) {
    if (districtCode === this.district) return;
    this.district = districtCode;
    this.local = new Map();
    this.kk.clear();
  }

  /** A NIK unique in the run: the next serial for this district, date and sex. */
  nik(districtCode: string, birthDate: string, sex: Sex): string {
    const counters = districtCode === this.district ? this.local : this.migrants;
    const key = `${districtCode}|${birthDate}|${sex}`;
    const serial = (counters.get(key) ?? 0) + 1;
    counters.set(key, serial);
    return buildNik({ districtCode, birthDate, sex, serial });
  }

  /** A KK number of the current district: prefix + issue date DDMMYY + serial. */
  kkNumber(issueDate: string): string {
    const serial = (this.kk.get(issueDate) ?? 0) + 1;
    this.kk.set(issueDate, serial);
    const [year, month, day] = issueDate.split('-');
    return `${districtCodeToPrefix(this.district)}${day}${month}${year!.slice(2)}${String(serial).padStart(4, '0')}`;
  }
}
