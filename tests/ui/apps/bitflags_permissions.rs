// bit manipulation with consts, BitOr/BitAnd impls on a newtype, count_ones, shifts, hex formatting
use std::fmt;
use std::ops::{BitAnd, BitOr, Not};

#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
struct Perm(u8);

impl Perm {
    const READ: Perm = Perm(0b100);
    const WRITE: Perm = Perm(0b010);
    const EXEC: Perm = Perm(0b001);

    fn contains(self, other: Perm) -> bool {
        self.0 & other.0 == other.0
    }
}

impl BitOr for Perm {
    type Output = Perm;
    fn bitor(self, o: Perm) -> Perm {
        Perm(self.0 | o.0)
    }
}

impl BitAnd for Perm {
    type Output = Perm;
    fn bitand(self, o: Perm) -> Perm {
        Perm(self.0 & o.0)
    }
}

impl Not for Perm {
    type Output = Perm;
    fn not(self) -> Perm {
        Perm(!self.0 & 0b111)
    }
}

impl fmt::Debug for Perm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let r = if self.contains(Perm::READ) { 'r' } else { '-' };
        let w = if self.contains(Perm::WRITE) { 'w' } else { '-' };
        let x = if self.contains(Perm::EXEC) { 'x' } else { '-' };
        write!(f, "{}{}{}", r, w, x)
    }
}

fn parse_mode(mode: u16) -> [Perm; 3] {
    [Perm((mode >> 6) as u8 & 7), Perm((mode >> 3) as u8 & 7), Perm(mode as u8 & 7)]
}

fn main() {
    let rw = Perm::READ | Perm::WRITE;
    println!("rw = {:?}, not = {:?}, and exec = {:?}", rw, !rw, rw & Perm::EXEC);
    println!("default {:?}", Perm::default());
    for mode in [0o755u16, 0o640, 0o111, 0o777] {
        let [u, g, o] = parse_mode(mode);
        let bits: u32 = [u, g, o].iter().map(|p| p.0.count_ones()).sum();
        println!("{:o} -> {:?}{:?}{:?} ({} bits set)", mode, u, g, o, bits);
    }
    let mask: u32 = 0xF0F0;
    println!("{:#06x} {:#b} lz={} tz={}", mask, mask >> 12, mask.leading_zeros(), mask.trailing_zeros());
    println!("rotl {:08x}", 0x1234_5678u32.rotate_left(8));
    println!("pow2? {}", [1u32, 6, 64].iter().map(|n| n.is_power_of_two().to_string()).collect::<Vec<_>>().join(","));
}
