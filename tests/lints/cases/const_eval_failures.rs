// E0080 in constant items: overflow, shifts, division, negation and indexing
const FRAME: u8 = 250;
const PADDED: u8 = FRAME + 10;
const USES_PADDED: u8 = PADDED / 2;
const SHIFTED: i32 = 1 << 33;
const FLIPPED: i64 = -i64::MIN;
const RATIO: u32 = 9 / (3 - 3);
const SLOTS: [u16; 4] = [1, 2, 3, 4];
const FIFTH: u16 = SLOTS[2 + 2];
static LIMIT: usize = 3 - 4;

fn main() {
    const INNER: i8 = 100 + 28;
    println!("{} {} {}", USES_PADDED, FIFTH, LIMIT);
}
