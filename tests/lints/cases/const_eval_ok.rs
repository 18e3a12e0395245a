// constants that evaluate fine: wrapping casts, nested arithmetic, array lengths
const BASE: u32 = 1_000;
const TOTAL: u32 = BASE * 4_000 + (7 % 3);
const MASK: u8 = (0x1FF_u16 & 0xFF) as u8;
const TABLE: [i32; 3] = [-1, 0, 1];
const LAST: i32 = TABLE[TABLE.len() - 1];
const NEG: i8 = -128;
const SHIFT: u64 = 1 << 63;

fn main() {
    let buf = [0u8; BASE as usize / 100];
    println!("{} {} {} {} {} {}", TOTAL, MASK, LAST, NEG, SHIFT, buf.len());
}
