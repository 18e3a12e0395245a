// variables: literals (raw, byte, escapes, suffixes), labeled block values, const fn, nested fns
#![allow(dead_code)]
type Grid = Vec<Vec<u8>>;
const SIZES: [usize; 3] = [1, 2, 3];
const fn double(x: u32) -> u32 { x * 2 }
const BIG: u32 = double(21);
/* outer /* nested */ comment */
fn main() {
    let raw = r#"a "quoted" \n string"#;
    let bytes = b"hi";
    let esc = "tab\tnl\\ \u{1F600} \x41";
    println!("{raw} {:?} {esc} {}", bytes, bytes.len());
    let n = 1_000u64 + 0xff_u64 + 0o17 + 0b1010;
    println!("{n} {} {}", 1e3, 2.5e-3);
    let t = ((1, 2), 3);
    println!("{}", t.0.1);
    let v = 'blk: {
        if n > 5 { break 'blk "big"; }
        "small"
    };
    println!("{v} {BIG} {:?}", SIZES);
    let g: Grid = vec![vec![0; 2]; 2];
    println!("{:?}", g);
    fn inner(x: i32) -> i32 { x + 1 }
    use std::cmp::max;
    println!("{} {}", inner(1), max(3, 9));
    let opt = Some(4);
    let msg = if let Some(x @ 1..=3) = opt { format!("small {x}") } else if let Some(y) = opt { format!("other {y}") } else { String::from("none") };
    println!("{msg}");
    let _ = inner(5);
    let c = '\'';
    println!("{c} {}", '\u{41}');
    let arr2 = [[0u8; 3]; 2];
    println!("{:?} {}", arr2, arr2[1].len());
}
