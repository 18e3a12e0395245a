// function pointers: fn types as arguments and table entries, tuple-struct constructors as functions
#[derive(Debug)]
enum Status {
    Ok(u32),
    Failed(u32),
}

#[derive(Debug)]
struct Wrapper(String);

fn inc(x: i32) -> i32 {
    x + 1
}
fn dbl(x: i32) -> i32 {
    x * 2
}

fn apply_twice(f: fn(i32) -> i32, x: i32) -> i32 {
    f(f(x))
}

fn apply_all(fs: &[(&str, fn(i32) -> i32)], x: i32) {
    for (name, f) in fs {
        println!("{name}({x}) = {}", f(x));
    }
}

fn pick(op: char) -> fn(i32) -> i32 {
    match op {
        '+' => inc,
        _ => dbl,
    }
}

fn main() {
    println!("{}", apply_twice(inc, 5));
    println!("{}", apply_twice(dbl, 5));
    println!("{}", apply_twice(|x| x - 3, 5));
    let table: [(&str, fn(i32) -> i32); 3] = [("inc", inc), ("dbl", dbl), ("neg", |x| -x)];
    apply_all(&table, 4);
    let f = pick('+');
    let g = pick('*');
    println!("{} {}", f(10), g(10));

    let nums = vec![1u32, 2, 3];
    let strs: Vec<String> = nums.iter().map(ToString::to_string).collect();
    println!("{:?}", strs);
    let oks: Vec<Status> = nums.iter().copied().map(Status::Ok).collect();
    let fails: Vec<Status> = (7..9).map(Status::Failed).collect();
    println!("{:?} {:?}", oks, fails);
    let wrapped: Vec<Wrapper> = ["a", "b"].iter().map(|s| s.to_string()).map(Wrapper).collect();
    println!("{:?}", wrapped);
    let lens: Vec<usize> = vec!["xyz", "q"].into_iter().map(str::len).collect();
    println!("{:?}", lens);
    let fp: fn(&str) -> String = str::to_uppercase;
    println!("{}", fp("shout"));
}
