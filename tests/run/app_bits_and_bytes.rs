// Bit manipulation and byte handling: a permission bitset newtype with BitOr/BitAnd/Not,
// checksums with wrapping arithmetic, hex encoding/decoding, and u32 <-> bytes conversions.
use std::fmt;
use std::ops::{BitAnd, BitOr, Not};

#[derive(Clone, Copy, PartialEq, Eq)]
struct Perm(u8);

impl Perm {
    const READ: Perm = Perm(0b001);
    const WRITE: Perm = Perm(0b010);
    const EXEC: Perm = Perm(0b100);
    const NONE: Perm = Perm(0);

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
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s: String = [(Perm::READ, 'r'), (Perm::WRITE, 'w'), (Perm::EXEC, 'x')]
            .iter()
            .map(|&(p, c)| if self.contains(p) { c } else { '-' })
            .collect();
        write!(f, "{}", s)
    }
}

fn adler32(data: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    for &byte in data {
        a = (a + byte as u32) % 65521;
        b = (b + a) % 65521;
    }
    (b << 16) | a
}

fn fnv1a(data: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in data {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

fn to_hex(data: &[u8]) -> String {
    data.iter().map(|b| format!("{:02x}", b)).collect()
}

fn from_hex(s: &str) -> Result<Vec<u8>, String> {
    if s.len() % 2 != 0 {
        return Err(format!("odd length {}", s.len()));
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).map_err(|e| format!("at {}: {}", i, e)))
        .collect()
}

fn main() {
    let rw = Perm::READ | Perm::WRITE;
    println!("{:?} {:?} {:?} {:?}", rw, !rw, rw & Perm::WRITE, Perm::NONE);
    println!("rw has write: {} has exec: {}", rw.contains(Perm::WRITE), rw.contains(Perm::EXEC));
    let all = [Perm::READ, Perm::WRITE, Perm::EXEC].iter().fold(Perm::NONE, |acc, &p| acc | p);
    println!("{:?} == rwx: {}", all, all == !Perm::NONE);

    let msg = b"Wikipedia";
    println!("adler32 {:08x} fnv1a {:016x}", adler32(msg), fnv1a(msg));
    let hex = to_hex("héllo".as_bytes());
    println!("{} -> {:?}", hex, from_hex(&hex).map(|v| String::from_utf8(v).unwrap()));
    println!("{:?} {:?}", from_hex("abc"), from_hex("zz10"));

    let n: u32 = 0xDEADBEEF;
    println!("{:?} {:?}", n.to_be_bytes(), n.to_le_bytes());
    println!("{:#x} {}", u32::from_be_bytes([0xDE, 0xAD, 0xBE, 0xEF]), u32::from_le_bytes([1, 0, 0, 0]));
    println!("ones {} lz {} tz {} rotl {:#010x} swap {:#x}", n.count_ones(), (n >> 8).leading_zeros(), 0b1000u8.trailing_zeros(), n.rotate_left(8), n.swap_bytes());
    println!("{:#b} {:o} {}", 10u8.reverse_bits(), 64, (-1i8) as u8);
    let mut x: u8 = 250;
    x = x.wrapping_add(10);
    println!("{} {:?} {:?} {}", x, 250u8.checked_add(10), 5u8.checked_sub(6), 200u8.saturating_add(100));
    let (v, over) = 255u8.overflowing_add(1);
    println!("{} {} {}", v, over, i32::MAX.wrapping_add(1));
    let bits: Vec<u8> = (0..8).map(|i| (0b1011_0010u8 >> (7 - i)) & 1).collect();
    println!("{:?} parity {}", bits, bits.iter().filter(|&&b| b == 1).count() % 2);
}
