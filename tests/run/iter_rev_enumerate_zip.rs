fn main() {
    let v = ["a", "b", "c", "d"];
    for (i, s) in v.iter().enumerate().rev() { print!("{}{} ", i, s); }
    println!();
    for (i, s) in v.iter().rev().enumerate() { print!("{}{} ", i, s); }
    println!();
    let z: Vec<_> = v.iter().zip(1..).map(|(s, n)| format!("{}{}", s, n)).collect();
    println!("{:?}", z);
    let (even, odd): (Vec<i32>, Vec<i32>) = (1..10).partition(|x| x % 2 == 0);
    println!("{:?} {:?}", even, odd);
    println!("{:?}", (1..=4).flat_map(|x| std::iter::repeat(x).take(x)).collect::<Vec<_>>());
    println!("{:?}", (1..20).skip_while(|x| x % 5 != 0).take_while(|x| x % 7 != 0).collect::<Vec<_>>());
    println!("{:?}", [3, 1, 4, 1, 5].iter().scan(0, |acc, &x| { *acc += x; Some(*acc) }).collect::<Vec<_>>());
    println!("{:?}", (1..=3).fold(String::new(), |s, x| s + &x.to_string() + ","));
    println!("{:?}", vec![Some(1), None, Some(3)].into_iter().flatten().collect::<Vec<_>>());
    println!("{:?}", vec![Ok(1), Err("bad"), Ok(3)].into_iter().collect::<Result<Vec<i32>, &str>>());
    println!("{:?}", (1..=5).rev().step_by(2).collect::<Vec<_>>());
    println!("{:?} {:?}", (1..5).position(|x| x == 3), (1..5).rposition(|x| x == 9));
    let mut it = (1..=3).peekable();
    while let Some(x) = it.next() {
        if let Some(&nx) = it.peek() { print!("{}<{} ", x, nx); } else { println!("last {}", x); }
    }
    println!("{:?}", ["x", "yy", "zzz"].iter().map(|s| s.len()).max_by_key(|&l| l));
    println!("{:?}", (0..3).cycle().take(8).chain(7..9).collect::<Vec<_>>());
}
