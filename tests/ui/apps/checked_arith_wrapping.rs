// integer overflow handling: checked_, wrapping_, saturating_, overflowing_ ops, hashing with wrapping mul
fn factorial(n: u32) -> Option<u64> {
    (1..=n as u64).try_fold(1u64, |acc, k| acc.checked_mul(k))
}

fn fnv_hash(s: &str) -> u32 {
    let mut h: u32 = 0x811c9dc5;
    for b in s.bytes() {
        h ^= b as u32;
        h = h.wrapping_mul(0x01000193);
    }
    h
}

fn average(xs: &[u8]) -> u8 {
    let mut sum: u8 = 0;
    let mut overflowed = false;
    for &x in xs {
        let (s, o) = sum.overflowing_add(x);
        sum = s;
        overflowed |= o;
    }
    if overflowed {
        (xs.iter().map(|&x| x as u32).sum::<u32>() / xs.len() as u32) as u8
    } else {
        sum / xs.len() as u8
    }
}

fn main() {
    for n in [5, 20, 21, 25] {
        match factorial(n) {
            Some(f) => println!("{}! = {}", n, f),
            None => println!("{}! overflows u64", n),
        }
    }
    for w in ["", "a", "rust", "borrow checker"] {
        println!("fnv({:?}) = {:08x}", w, fnv_hash(w));
    }
    let hp: u8 = 250;
    println!("heal: {}", hp.saturating_add(10));
    println!("damage: {}", 3u8.saturating_sub(10));
    println!("wrap: {}", hp.wrapping_add(10));
    println!("i8 wrap neg: {}", i8::MIN.wrapping_neg());
    println!("checked div by zero: {:?}", 10i32.checked_div(0));
    println!("checked sub: {:?} {:?}", 5u32.checked_sub(3), 3u32.checked_sub(5));
    println!("avg small {}", average(&[10, 20, 30]));
    println!("avg big {}", average(&[200, 100, 250]));
    let pow = 2i32.checked_pow(31);
    println!("2^31 i32: {:?}, 2^30: {:?}", pow, 2i32.checked_pow(30));
    println!("abs_diff {}", 3u8.abs_diff(250));
    println!("rem_euclid {}", (-7i32).rem_euclid(3));
}
