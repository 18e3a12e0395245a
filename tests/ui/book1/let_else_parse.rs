// let else: early return on a failed pattern; if let chains of Options
fn parse_kv(line: &str) -> Option<(String, i32)> {
    let Some((k, v)) = line.split_once('=') else {
        return None;
    };
    let Ok(n) = v.trim().parse::<i32>() else {
        println!("bad number in {line:?}");
        return None;
    };
    Some((k.trim().to_string(), n))
}

fn describe(v: Option<&(String, i32)>) -> String {
    let Some((name, value)) = v else {
        return String::from("nothing");
    };
    format!("{name} is {value}")
}

fn main() {
    let lines = ["width = 10", "height=abc", "novalue", "depth= -3"];
    let mut parsed = Vec::new();
    for l in lines {
        if let Some(pair) = parse_kv(l) {
            parsed.push(pair);
        } else {
            println!("skip {l:?}");
        }
    }
    println!("{:?}", parsed);
    println!("{}", describe(parsed.first()));
    println!("{}", describe(parsed.get(5)));
}
