// slices: first word of a &str, array slices, byte positions
fn first_word(s: &str) -> &str {
    for (i, &b) in s.as_bytes().iter().enumerate() {
        if b == b' ' {
            return &s[..i];
        }
    }
    s
}

fn last_word(s: &str) -> &str {
    match s.rfind(' ') {
        Some(i) => &s[i + 1..],
        None => s,
    }
}

fn sum(xs: &[i32]) -> i32 {
    let mut t = 0;
    for x in xs {
        t += x;
    }
    t
}

fn main() {
    let sentence = String::from("borrow checkers are friendly");
    let w = first_word(&sentence);
    let l = last_word(&sentence);
    println!("first={w} last={l}");

    let literal = "single";
    println!("first of literal: {}", first_word(literal));

    let nums = [4, 5, 6, 7, 8];
    let mid = &nums[1..4];
    println!("{:?} sums to {}", mid, sum(mid));
    println!("head {:?}, tail {:?}", &nums[..2], &nums[3..]);
    println!("whole {}", sum(&nums));

    let hello = "Здравствуйте";
    let s = &hello[0..4];
    println!("{s} {}", s.len());

    let owned = String::from("abc def");
    let whole: &str = &owned[..];
    println!("{}", whole.to_uppercase());
}
