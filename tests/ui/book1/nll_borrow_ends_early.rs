// references: non-lexical lifetimes — a borrow ends at its last use, so later mutation is fine
fn biggest(v: &Vec<i32>) -> &i32 {
    let mut b = &v[0];
    for x in v {
        if x > b {
            b = x;
        }
    }
    b
}

fn main() {
    let mut v = vec![3, 9, 2];
    let big = biggest(&v);
    println!("biggest {big}");
    v.push(11);
    println!("{:?}", v);

    let mut s = String::from("abc");
    let r = &s;
    let n = r.len();
    s.push_str("def");
    println!("{n} {s}");

    let mut data = vec![1, 2, 3];
    let last = data.last().copied();
    data.push(last.unwrap_or(0) * 10);
    println!("{:?}", data);

    let mut count = 0;
    let c = &mut count;
    *c += 1;
    let d = &count;
    println!("{d}");

    let mut names = vec![String::from("a")];
    let first_len = names[0].len();
    names.push("b".repeat(first_len + 1));
    let len = names.len();
    names[len - 1].push('!');
    println!("{:?}", names);
}
