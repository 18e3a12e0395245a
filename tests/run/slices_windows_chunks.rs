fn main() {
    let v: Vec<i32> = (1..=10).collect();
    for c in v.chunks_exact(3) { print!("{:?} ", c); }
    println!("rem {:?}", v.chunks_exact(3).remainder());
    println!("{:?}", v.chunks(4).collect::<Vec<_>>());
    println!("{:?}", v.windows(4).map(|w| w.iter().sum::<i32>()).collect::<Vec<_>>());
    let mut r = v.clone();
    r.rotate_left(3);
    println!("{:?}", r);
    r.rotate_right(5);
    println!("{:?}", r);
    let (a, b) = v.split_at(4);
    println!("{:?} {:?}", a, b);
    println!("{:?}", [[1, 2], [3, 4]].concat());
    println!("{:?}", vec![vec!["a", "b"], vec!["c"]].join(&"-"));
    println!("{}", ["x", "y", "z"].join(", "));
    println!("{}", ["x", "y"].concat());
    for (i, x) in v.iter().rev().enumerate().skip(7) { print!("{}:{} ", i, x); }
    println!();
    println!("{:?}", v.iter().enumerate().rev().take(2).collect::<Vec<_>>());
    println!("{:?}", v.split(|x| x % 4 == 0).collect::<Vec<_>>());
    println!("{:?} {:?}", v.first(), v.last());
    println!("{:?}", v.split_first());
    println!("{:?}", v.iter().step_by(4).collect::<Vec<_>>());
    let mut m = [5, 1, 4];
    m.swap(0, 2);
    m.reverse();
    println!("{:?} {} {}", m, m.contains(&4), v.starts_with(&[1, 2]));
}
