fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}
fn make_boxed(kind: &str) -> Box<dyn Fn(i32) -> i32> {
    match kind {
        "double" => Box::new(|x| x * 2),
        _ => Box::new(|x| x - 1),
    }
}
fn apply_twice<F: FnMut() -> u32>(mut f: F) -> u32 {
    f() + f()
}
fn main() {
    let v = [4, 8, 15, 16, 23, 42];
    println!("{:?} {:?}", v.first(), v.last());
    if let Some((head, tail)) = v.split_first() {
        println!("{} {:?}", head, tail);
    }
    if let [a, b, .., z] = v {
        println!("{} {} {}", a, b, z);
    }
    println!("{:?}", v.chunks_exact(4).map(|c| c.len()).collect::<Vec<_>>());
    println!("{:?}", v.iter().rev().skip(1).step_by(2).collect::<Vec<_>>());
    println!("{:?} {:?}", v.contains(&15), v.iter().position(|&x| x > 100));
    println!("{:?}", [[1, 2], [3, 4]].concat());
    println!("{:?}", vec!["a", "b"].concat());
    println!("{:?}", v.to_vec().drain(1..3).collect::<Vec<_>>());
    let mut w = v.to_vec();
    w.retain(|&x| x % 2 == 0);
    w.extend_from_slice(&[1, 1]);
    w.dedup();
    w.insert(0, 99);
    println!("{:?} {:?}", w, w.iter().rev().take(2).collect::<Vec<_>>());
    println!("{:?}", w.split_off(3));
    println!("{:?} {}", w, w.capacity() >= w.len());
    let add5 = make_adder(5);
    println!("{} {} {}", add5(1), make_boxed("double")(7), make_boxed("x")(7));
    let mut counter = 0;
    println!("{}", apply_twice(|| { counter += 3; counter }));
    println!("{}", counter);
    let fs: Vec<Box<dyn Fn(i32) -> i32>> = vec![Box::new(|x| x + 1), Box::new(move |x| x * add5(0))];
    println!("{:?}", fs.iter().map(|f| f(2)).collect::<Vec<_>>());
    let o: Option<i32> = Some(4);
    println!("{:?} {:?} {:?}", o.map(|x| x * 2), o.and_then(|x| if x > 5 { Some(x) } else { None }), o.filter(|x| x % 2 == 0));
    println!("{:?} {:?} {}", o.xor(None), o.zip(Some('a')), o.map_or(0, |x| x + 1));
    println!("{:?} {:?}", o.ok_or("none"), None::<i32>.ok_or_else(|| "lazy".to_string()));
    let r: Result<i32, String> = "12".parse::<i32>().map_err(|e| e.to_string());
    println!("{:?} {:?} {}", r.as_ref().map(|x| x + 1), r.as_ref().ok(), r.clone().unwrap_or_default());
    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() {
        print!("{} ", top);
    }
    println!();
    'outer: for i in 0..5 {
        for j in 0..5 {
            if i * j == 6 {
                println!("found {} {}", i, j);
                break 'outer;
            }
        }
    }
    let label_val = 'blk: {
        if v.len() > 3 {
            break 'blk "long";
        }
        "short"
    };
    println!("{}", label_val);
    let x = loop {
        counter += 1;
        if counter > 10 {
            break counter * 2;
        }
    };
    println!("{}", x);
    let mut grid = vec![vec![0; 3]; 2];
    grid[1][2] = 5;
    for row in grid.iter_mut() {
        for c in row.iter_mut() {
            *c += 1;
        }
    }
    println!("{:?}", grid);
    let total: i32 = grid.iter().map(|r| r.iter().sum::<i32>()).sum();
    println!("{}", total);
    let mut arr2 = [[0u8; 2]; 2];
    arr2[0][1] = 7;
    println!("{:?} {}", arr2, arr2.len());
    let t = (1, ("two", 3.0));
    let (a, (b, c)) = t;
    println!("{} {} {} {}", a, b, c, (t.1).0);
    let s = String::from("héllo");
    let upper: String = s.chars().map(|c| c.to_ascii_uppercase()).collect();
    println!("{} {}", upper, s.char_indices().map(|(i, _)| i.to_string()).collect::<Vec<_>>().join(","));
}
