// char arithmetic and conversions: to_digit, from_digit, as u8/char, roman numerals, caesar cipher
fn to_roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];
    let mut out = String::new();
    for &(value, sym) in TABLE.iter() {
        while n >= value {
            out.push_str(sym);
            n -= value;
        }
    }
    out
}

fn from_roman(s: &str) -> Option<u32> {
    let vals: Option<Vec<u32>> = s
        .chars()
        .map(|c| match c {
            'I' => Some(1), 'V' => Some(5), 'X' => Some(10), 'L' => Some(50),
            'C' => Some(100), 'D' => Some(500), 'M' => Some(1000),
            _ => None,
        })
        .collect();
    let vals = vals?;
    let mut total = 0;
    for (i, &v) in vals.iter().enumerate() {
        match vals.get(i + 1) {
            Some(&next) if next > v => total -= v as i32,
            _ => total += v as i32,
        }
    }
    Some(total as u32)
}

fn caesar(s: &str, shift: u8) -> String {
    s.chars()
        .map(|c| match c {
            'a'..='z' => ((c as u8 - b'a' + shift) % 26 + b'a') as char,
            'A'..='Z' => ((c as u8 - b'A' + shift) % 26 + b'A') as char,
            _ => c,
        })
        .collect()
}

fn digit_sum(s: &str) -> u32 {
    s.chars().filter_map(|c| c.to_digit(10)).sum()
}

fn main() {
    for n in [4, 9, 14, 1994, 2024, 3999] {
        let r = to_roman(n);
        println!("{} -> {} -> {:?}", n, r, from_roman(&r));
    }
    println!("bad: {:?}", from_roman("XIZ"));
    let secret = caesar("Hello, World!", 3);
    println!("{} / {}", secret, caesar(&secret, 23));
    println!("digit sum {}", digit_sum("a1b22c333"));
    let hex: String = (10..16).map(|d| std::char::from_digit(d, 16).unwrap()).collect();
    println!("hex digits {}", hex);
    println!("{}", ('a'..='e').rev().collect::<String>());
    println!("{:?}", "Zebra".chars().map(|c| c.is_uppercase()).collect::<Vec<_>>());
}
