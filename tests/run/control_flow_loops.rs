// control flow: labeled breaks, loop values, while let, continue, early return, shadowing in loops
fn first_pair_summing_to(v: &[i32], target: i32) -> Option<(usize, usize)> {
    for i in 0..v.len() {
        for j in (i + 1)..v.len() {
            if v[i] + v[j] == target {
                return Some((i, j));
            }
        }
    }
    None
}

fn main() {
    let grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    let mut found = None;
    'outer: for (r, row) in grid.iter().enumerate() {
        for (c, &val) in row.iter().enumerate() {
            if val % 2 == 0 && r > 0 {
                found = Some((r, c, val));
                break 'outer;
            }
            if val == 2 {
                continue 'outer;
            }
        }
    }
    println!("{:?}", found);
    let mut n = 27u64;
    let steps = loop {
        if n == 1 {
            break 0;
        }
        let mut count = 0;
        while n != 1 {
            n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
            count += 1;
        }
        break count;
    };
    println!("collatz steps {}", steps);
    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() {
        if top == 2 {
            continue;
        }
        print!("{} ", top);
    }
    println!();
    println!("{:?} {:?}", first_pair_summing_to(&[1, 4, 6, 3], 7), first_pair_summing_to(&[1], 2));
    let x = 5;
    let x = x * 2;
    {
        let x = "inner";
        println!("{}", x);
    }
    println!("{}", x);
    let label = match x {
        n if n < 0 => "neg",
        0 => "zero",
        _ => "pos",
    };
    println!("{}", label);
    let v: Vec<String> = (1..=3).map(|i| "ab".repeat(i)).collect();
    let lens: Vec<usize> = v.iter().map(String::len).collect();
    println!("{:?} {:?}", v, lens);
    let mut count = 0;
    let mut inc = || count += 2;
    inc();
    inc();
    println!("count {}", count);
}
