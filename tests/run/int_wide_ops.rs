fn main() {
    let a: i128 = i128::MAX;
    let b: u128 = u128::MAX;
    println!("{} {} {}", a, i128::MIN, b);
    println!("{:x} {:#b}", b, 1u128 << 100);
    println!("{:?} {:?}", a.checked_add(1), b.checked_mul(2));
    println!("{} {}", a.wrapping_add(1), b.wrapping_add(2));
    println!("{:?} {:?}", a.overflowing_sub(-1), 5u128.overflowing_sub(6));
    println!("{} {}", i128::MIN.saturating_sub(1), b.saturating_add(1));
    println!("{} {}", (1u128 << 127).leading_zeros(), (1i128 << 64).trailing_zeros());
    println!("{} {}", 10i128.pow(30), 3u128.pow(80));
    println!("{} {}", (-7i128).rem_euclid(3), (-7i128).div_euclid(3));
    println!("{} {}", u128::MAX as f64, (a as f32));
    println!("{} {}", (-1i128) as u128, (b as i64));
    println!("{:?}", "340282366920938463463374607431768211455".parse::<u128>());
    println!("{:?}", "340282366920938463463374607431768211456".parse::<u128>().is_err());
    println!("{}", i128::MAX.count_ones() + u128::MAX.count_zeros());
}
