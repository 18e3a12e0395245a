// Prints the ranges of chars that `{:?}` escapes as `\u{..}` (Rust's escape_debug:
// not printable, or grapheme-extended), as a Python tuple of (first, last) pairs.
fn main() {
    let mut ranges: Vec<(u32, u32)> = Vec::new();
    for cp in 0u32..=0x10FFFF {
        let Some(c) = char::from_u32(cp) else { continue };
        let esc = format!("{:?}", c).starts_with("'\\u{");
        if !esc {
            continue;
        }
        match ranges.last_mut() {
            Some(last) if last.1 + 1 == cp => last.1 = cp,
            _ => ranges.push((cp, cp)),
        }
    }
    println!("{}", ranges.len());
    for (a, b) in ranges {
        println!("{:#x} {:#x}", a, b);
    }
}
