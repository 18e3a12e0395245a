// run-time panic: arithmetic overflow in a debug build (u8 accumulator for a checksum)
fn checksum(bytes: &[u8]) -> u8 {
    let mut sum: u8 = 0;
    for &b in bytes {
        sum += b;
    }
    sum
}

fn wrapping_checksum(bytes: &[u8]) -> u8 {
    bytes.iter().fold(0u8, |acc, &b| acc.wrapping_add(b))
}

fn describe(sum: u8) -> &'static str {
    match sum {
        0 => "empty",
        1..=99 => "small",
        _ => "large",
    }
}

fn main() {
    let packets: Vec<Vec<u8>> = vec![
        b"hi".to_vec(),
        vec![1, 2, 3, 4],
        b"overflowing payload".to_vec(),
    ];
    for (i, p) in packets.iter().enumerate() {
        let s = wrapping_checksum(p);
        println!("packet {} wrapping sum {} ({})", i, s, describe(s));
    }
    for (i, p) in packets.iter().enumerate() {
        println!("packet {} strict sum {}", i, checksum(p));
    }
}
